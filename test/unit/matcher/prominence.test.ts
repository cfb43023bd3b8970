/**
 * What a page is about (prominence.ts, prominence-features.ts), events named in passing
 * (passing-mention.ts) and later developments (follow-up.ts, lead dates), on short pages of our
 * own matched against the bundled index.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultIndex } from '../../tools/corpus';
import { compileIndex, matchPage, type PageInput } from '../../../lib/matcher';
import { hasFollowUpCue } from '../../../lib/matcher/follow-up';
import { decideProminence, type ProminenceFeatures } from '../../../lib/matcher/prominence';

const matcher = compileIndex(loadDefaultIndex());
/** [id, prominence] of each event found, in the order matchPage gives. */
const found = (page: PageInput) => matchPage(matcher, page).map((m) => [m.id, m.prominence]);

const HEIST_TITLE = 'Louvre thieves take crown jewels in seven-minute raid';
const HEIST = [
  HEIST_TITLE,
  'Thieves broke into the Louvre on Sunday morning and stole eight pieces of the French crown jewels from the Galerie d\'Apollon, using a furniture lift to reach a first-floor window.',
  'The raid on the Louvre lasted about seven minutes. The museum closed for the day while police examined the stolen jewels\' display cases.',
  'Officials said the heist exposed gaps in the museum\'s security, and the Louvre\'s director is to answer questions in the Senate.',
].join('\n\n');

describe('prominence', () => {
  it('gives the event of the headline and the text as main, and an event named in one sentence as a mention', () => {
    const text = `${HEIST}\n\nThe theft came a week after the Gaza ceasefire, when the world's attention was elsewhere.`;
    expect(found({ text, title: HEIST_TITLE, published: '2025-10-19' })).toEqual([
      ['louvre-heist', 'main'], ['gaza-peace-deal', 'mention'],
    ]);
  });

  it('gives a page about something the index does not hold no main event, even when it names one', () => {
    const title = 'Local bakery wins regional bread prize';
    const text = [
      title,
      'A family bakery from the old town has won the regional prize for its rye loaf, beating forty entrants from across the province.',
      'The owners said demand had grown steadily since the spring. Orders came in from cafés, a hotel and, unexpectedly, a museum shop in Paris that discovered the bakery after the Louvre heist made headlines.',
      'The prize comes with a small grant that the family plans to spend on a second oven.',
    ].join('\n\n');
    expect(found({ text, title, published: '2025-11-03' })).toEqual([['louvre-heist', 'mention']]);
  });

  it('does not make a later development the indexed story: a follow-up headline days after the event', () => {
    const title = 'Louvre heist: two suspects charged';
    const text = [title, ...HEIST.split('\n\n').slice(1)].join('\n\n');
    expect(found({ text, title, published: '2025-10-30' })).toEqual([['louvre-heist', 'mention']]);
    // The same headline on the day of the event, or two days after it, is the event itself.
    expect(found({ text, title, published: '2025-10-19' })).toEqual([['louvre-heist', 'main']]);
    expect(found({ text, title, published: '2025-10-21' })).toEqual([['louvre-heist', 'main']]);
    expect(found({ text, title, published: '2025-10-22' })).toEqual([['louvre-heist', 'mention']]);
  });

  it('does not make a page published weeks after an event about it', () => {
    expect(found({ text: HEIST, title: HEIST_TITLE, published: '2026-01-20' })).toEqual([['louvre-heist', 'mention']]);
    // More than two weeks after it is a later development; within them, the story.
    const dated = HEIST.replace('on Sunday morning', 'on 19 October');
    expect(found({ text: dated, title: HEIST_TITLE, published: '2025-11-02' })).toEqual([['louvre-heist', 'main']]);
    expect(found({ text: dated, title: HEIST_TITLE, published: '2025-11-04' })).toEqual([['louvre-heist', 'mention']]);
  });

  it('reads a date after the event in the lead as later news, but not a plan after the publication day', () => {
    const lead = (date: string) => [HEIST_TITLE, `Investigators said on ${date} that the thieves had used a furniture lift to reach the Louvre's Galerie d'Apollon and took eight pieces of the crown jewels.`, ...HEIST.split('\n\n').slice(2)].join('\n\n');
    expect(found({ text: lead('27 October'), title: HEIST_TITLE, published: '2025-10-30' })).toEqual([['louvre-heist', 'mention']]);
    // A date within a day of publication is the byline's, not news of its own.
    expect(found({ text: lead('29 October'), title: HEIST_TITLE, published: '2025-10-30' })).toEqual([['louvre-heist', 'main']]);
    expect(found({ text: lead('19 October'), title: HEIST_TITLE, published: '2025-10-20' })).toEqual([['louvre-heist', 'main']]);
    expect(found({ text: lead('2 November'), title: HEIST_TITLE, published: '2025-10-20' })).toEqual([['louvre-heist', 'main']]);
  });

  it('reads a weekday in the lead as the day of the page\'s news: days after the event it is a later development', () => {
    const lead = (day: string) => [HEIST_TITLE, `Investigators said on ${day} that the thieves had used a furniture lift to reach the Louvre's Galerie d'Apollon and took eight pieces of the crown jewels.`, ...HEIST.split('\n\n').slice(2)].join('\n\n');
    // Published Thursday 30 October: "Monday" is 27 October, eight days after the 19 October heist.
    expect(found({ text: lead('Monday'), title: HEIST_TITLE, published: '2025-10-30', lang: 'en' })).toEqual([['louvre-heist', 'mention']]);
    // Published Wednesday 22 October: "Monday" is the 20th, the day after: still the heist's story.
    expect(found({ text: lead('Monday'), title: HEIST_TITLE, published: '2025-10-22', lang: 'en' })).toEqual([['louvre-heist', 'main']]);
  });

  it('reads a headline that names one of the event\'s people and describes the other as about it', () => {
    const title = 'Leaked call shows Witkoff coaching Putin aide on how to win over Trump';
    const text = [
      title,
      'A short conversation from mid-October, now public in full, has lawmakers asking who is writing the policy.',
      'Steve Witkoff advised a senior Kremlin official on how the Russian leader should approach the president, according to a recording published on Tuesday.',
      'The phone call with Yuri Ushakov took place on 14 October. Bloomberg published the transcript of the leaked call.',
      'In the recording, Witkoff tells Ushakov how the two presidents might talk before the Ukrainian leader visits Washington.',
    ].join('\n\n');
    expect(found({ text, title, published: '2025-11-26', lang: 'en' })[0]).toEqual(['witkoff-ushakov-call', 'main']);
  });

  it('keeps at most three main events, the headline deciding when it names one', () => {
    const f = (over: Partial<ProminenceFeatures>): ProminenceFeatures => ({
      pageIsSource: false, inTitle: false, inLead: true, paragraphs: 5, totalParagraphs: 8, mass: 30,
      datesContradict: false, daysAfter: 0, followUp: false, ...over,
    });
    expect(decideProminence([f({}), f({}), f({}), f({}), f({})]).filter((p) => p === 'main')).toHaveLength(3);
    expect(decideProminence([f({ inTitle: true }), f({ mass: 60 })])).toEqual(['main', 'mention']);
    expect(decideProminence([f({ inTitle: true }), f({ inTitle: true, mass: 5 })])).toEqual(['main', 'mention']);
    expect(decideProminence([f({ paragraphs: 1, inLead: false, inTitle: true, totalParagraphs: 9 })])).toEqual(['mention']);
    expect(decideProminence([f({ pageIsSource: true, inLead: false, paragraphs: 0, mass: 0 })])).toEqual(['main']);
  });
});

describe('passing mentions', () => {
  it('finds an event named in one sentence with a date that agrees', () => {
    const text = [
      'The rouble firmed on Tuesday as exporters sold dollars ahead of the tax period.',
      'Traders said the currency had barely reacted two days after Witkoff\'s 14 October call with Ushakov, and moved more on oil prices.',
      'Analysts expect the central bank to hold its key rate at the next meeting.',
    ].join('\n\n');
    expect(found({ text, published: '2025-12-01' })).toEqual([['witkoff-ushakov-call', 'mention']]);
    // The same sentence with another day is about another call.
    expect(found({ text: text.replace('14 October', '3 December'), published: '2025-12-08' }).map(([id]) => id)).not.toContain('witkoff-ushakov-call');
  });

  it('gives an event named in passing as a mention, even in the headline and the lead', () => {
    const sentence = 'Two days after Witkoff\'s 14 October call with Ushakov, the rouble barely moved';
    const text = `${sentence}.\n\nTraders said oil prices and the tax period mattered more to the currency this week.`;
    expect(found({ text, title: sentence, published: '2025-12-01' })).toEqual([['witkoff-ushakov-call', 'mention']]);
  });

  it('does not take a sentence whose date contradicts the event, nor one that only shares its people', () => {
    expect(found({ text: 'Witkoff spoke with Ushakov by phone on 3 December about the next round of talks.', published: '2025-12-04' }))
      .not.toContainEqual(['witkoff-ushakov-call', 'mention']);
    expect(found({ text: 'Witkoff and Ushakov shook hands in the hall before the talks began.', published: '2025-12-03' })).toEqual([]);
  });
});

describe('passing mentions: what else tells the event', () => {
  const filler = [
    'Grain prices eased on Monday as harvest reports from the south came in better than feared.',
    'Dealers said export demand was steady and shipping costs had fallen for a third week.',
  ];
  const page = (sentence: string) => [filler[0], sentence, filler[1]].join('\n\n');

  it('takes a bare month that agrees, as in "the power cut in Spain and Portugal at the end of April"', () => {
    const text = page('Traders recalled how the power cut that hit Spain and Portugal at the end of April rattled markets.');
    expect(found({ text, published: '2025-10-06' })).toContainEqual(['iberian-blackout', 'mention']);
    // The same sentence with another month names another blackout.
    expect(found({ text: text.replace('April', 'August'), published: '2025-10-06' }).map(([id]) => id)).not.toContain('iberian-blackout');
  });

  it('takes the rule met within one sentence: its required name and two of its ideas', () => {
    const text = page('Dealers noted that Trump had celebrated the ceasefire in Gaza and the release of the hostages only days earlier.');
    expect(found({ text, published: '2025-10-20' })).toContainEqual(['gaza-peace-deal', 'mention']);
    // One idea with the name is not enough.
    expect(found({ text: page('Dealers noted that Trump had spoken about Gaza only days earlier.'), published: '2025-10-20' }).map(([id]) => id))
      .not.toContain('gaza-peace-deal');
  });

  it('reads an ordinal\'s dot as no end of sentence ("Papa XIV. Leo", "am 14. Oktober")', () => {
    const text = page('Papst Leo XIV. wurde im Mai zum ersten amerikanischen Papst gewählt und sprach nun in Iznik.');
    expect(found({ text, published: '2025-11-28', lang: 'de' })).toContainEqual(['pope-leo-xiv-elected', 'mention']);
  });

  it('does not let a month that fits two calls name the one the sentence is not about', () => {
    const leak = 'Bloomberg published the recording of the phone call in which Witkoff coached Ushakov, the Kremlin aide.';
    const sentence = 'The leaked call between Witkoff and Ushakov in October, in which the envoy advised how Putin could win Trump over, was the talk of the day.';
    // October fits the 14 October call found on the page and the 16 October Trump-Putin call alike.
    expect(found({ text: `${leak}\n\nMarkets barely moved. ${sentence}`, published: '2025-11-26' })).toEqual([['witkoff-ushakov-call', 'main']]);
    // Also where the sentence says "he" for Witkoff: Ushakov is a name of the 14 October call only.
    const he = 'The leaked call of October, in which he advised Ushakov how Putin could win Trump over, caused an uproar.';
    expect(found({ text: `${leak}\n\nMarkets barely moved. ${he}`, published: '2025-11-26' })).toEqual([['witkoff-ushakov-call', 'main']]);
    // Without the 14 October call on the page, "the call between Putin and Trump in October" is the 16 October one.
    expect(found({ text: page('The call between Putin and Trump in October was the talk of the day.'), published: '2025-11-26' }))
      .toEqual([['trump-putin-call-oct16', 'mention']]);
  });

  it('does not date an event by the day a sentence tells of, when a day written in it says otherwise', () => {
    const lead = 'Bloomberg maakte de opname openbaar van het telefoongesprek waarin Witkoff Oesjakov uitlegde hoe Poetin Trump kon overtuigen.';
    // Tuesday 25 November is the day the transcript came out, and the day the 2 December Kremlin
    // meeting was announced; the sentence's call is of 14 October.
    const told = 'Dinsdag verscheen de tekst van het gesprek van 14 oktober, waarin Witkoff met Oesjakov, adviseur van het Kremlin, sprak.';
    expect(found({ text: `${lead}\n\nDe beurzen reageerden nauwelijks.\n\n${told}`, published: '2025-11-26', lang: 'nl' }))
      .toEqual([['witkoff-ushakov-call', 'main']]);
  });

  it('takes a name few events use in place of the one the rule requires, with a date that agrees', () => {
    // The German election requires Merz; the AfD is a name of that event only.
    const text = page('V Německu po únorových volbách, v nichž AfD skončila druhá, vládne koalice stran středu.');
    expect(found({ text, published: '2025-10-05', lang: 'cs' })).toContainEqual(['german-election', 'mention']);
    // The same sentence on the AfD's autumn state elections names another vote.
    expect(found({ text: text.replace('únorových', 'zářijových'), published: '2025-10-05', lang: 'cs' }).map(([id]) => id))
      .not.toContain('german-election');
    // Without a date, a party and elections are not that election.
    expect(found({ text: page('V Německu po volbách, v nichž AfD skončila druhá, vládne koalice stran středu.'), published: '2025-10-05', lang: 'cs' })
      .map(([id]) => id)).not.toContain('german-election');
  });

  it('takes a sentence without the event\'s names when two of its ideas and its written day agree', () => {
    const text = [
      'Texas lawmakers met again on Tuesday without the quorum they need to vote on the new district map.',
      // Far from the name: the event's rule does not hold on this page.
      ...Array.from({ length: 6 }, () => `${filler[0]} ${filler[1]}`),
      'The special session also covered the response to the floods of 4 July in Kerr County and the sirens that never sounded.',
      'Dealers said export demand was steady and shipping costs had fallen for a third week.',
    ].join('\n\n');
    expect(found({ text, published: '2025-08-05' })).toContainEqual(['texas-hill-country-floods', 'mention']);
    // Another day, or a weekday instead of a date, or one idea alone: not that flood.
    expect(found({ text: text.replace('4 July', '4 August'), published: '2025-09-05' }).map(([id]) => id)).not.toContain('texas-hill-country-floods');
    expect(found({ text: text.replace('of 4 July', 'of Friday'), published: '2025-07-07' }).map(([id]) => id)).not.toContain('texas-hill-country-floods');
    expect(found({ text: text.replace(' in Kerr County', ''), published: '2025-08-05' }).map(([id]) => id)).not.toContain('texas-hill-country-floods');
  });

  it('takes all of an event\'s required names in one sentence with a date that agrees, without its ideas', () => {
    const text = page('Tech shares had long recovered from the January shock, when DeepSeek hit Nvidia.');
    expect(found({ text, published: '2025-10-31' })).toContainEqual(['deepseek-nvidia-selloff', 'mention']);
    // Another month, or no date: the two companies, not that day.
    expect(found({ text: text.replace('January', 'August'), published: '2025-10-31' }).map(([id]) => id)).not.toContain('deepseek-nvidia-selloff');
    expect(found({ text: text.replace('the January shock', 'the shock'), published: '2025-10-31' }).map(([id]) => id)).not.toContain('deepseek-nvidia-selloff');
  });

  it('takes a name and an idea of an event of several days on a page published while it lasts', () => {
    const text = page('Exporters said the shutdown had left Congress with no time for the farm bill.');
    // The shutdown lasted from 1 October to 12 November.
    expect(found({ text, published: '2025-10-20' })).toContainEqual(['us-government-shutdown', 'mention']);
    expect(found({ text, published: '2025-12-20' }).map(([id]) => id)).not.toContain('us-government-shutdown');
    expect(found({ text, published: '2025-09-20' }).map(([id]) => id)).not.toContain('us-government-shutdown');
  });

  it('takes an idea the rule does not require only with the event\'s day', () => {
    const sentence = 'Officials recalled that Zelensky came to the White House to see Trump on 17 October.';
    expect(found({ text: page(sentence), published: '2025-11-20' })).toContainEqual(['zelensky-white-house-oct17', 'mention']);
    expect(found({ text: page(sentence.replace(' on 17 October', ' in October')), published: '2025-11-20' }).map(([id]) => id))
      .not.toContain('zelensky-white-house-oct17');
  });
});

describe('follow-up cues', () => {
  it('reads headlines announcing a later development, in several languages', () => {
    expect(hasFollowUpCue('Louvre heist: two suspects charged', 'en')).toBe(true);
    expect(hasFollowUpCue('Le Pen : le procès en appel s\'ouvre', 'fr')).toBe(true);
    expect(hasFollowUpCue('Ein Jahr nach dem Absturz warten die Familien', 'de')).toBe(true);
    expect(hasFollowUpCue('ミャンマーで余震続く', 'ja')).toBe(true);
    expect(hasFollowUpCue('Two weeks after the heist, the Louvre counts what it lost', 'en')).toBe(true);
    expect(hasFollowUpCue('Mesiac po zemetrasení v Mjanmarsku', 'sk')).toBe(true);
    expect(hasFollowUpCue('宏福苑火災：獨立委員會展開調查', 'zh')).toBe(true);
  });

  it('does not read headlines of the event itself as a follow-up', () => {
    expect(hasFollowUpCue('Thieves take crown jewels from the Louvre', 'en')).toBe(false);
    expect(hasFollowUpCue('Marine Le Pen reconnue coupable et inéligible', 'fr')).toBe(false);
    expect(hasFollowUpCue('', 'en')).toBe(false);
  });
});
