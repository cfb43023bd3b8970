/** Why an event was flagged on this page: the names, phrases and context words found, and link evidence. */
import type { Evidence } from '@/lib/matcher/types';
import { t } from '@/lib/i18n/i18n';
import { Message } from './Message';
import { whyFlagged } from './why-flagged';

export function WhyFlagged({ evidence }: { evidence: readonly Evidence[] }) {
  const why = whyFlagged(evidence);
  const rows: { label: string; items: string[]; quoted?: boolean }[] = [
    { label: t('whyNames'), items: why.names },
    { label: t('whyPhrases'), items: why.phrases, quoted: true },
    { label: t('whyContext'), items: why.context },
  ].filter((row) => row.items.length > 0);
  const facts = [why.isSource && t('whyIsSource'), why.linksToSource && t('whyLinks')].filter(
    (fact): fact is string => typeof fact === 'string',
  );
  if (rows.length === 0 && facts.length === 0) return null;
  return (
    <div class="why" data-testid="why-flagged">
      <h4 class="why-heading">{t('whyHeading')}</h4>
      {rows.length > 0 && (
        <dl class="why-list">
          {rows.map((row) => (
            <div class="why-row" key={row.label}>
              <dt>{row.label}</dt>
              <dd>
                {row.items.map((item, i) => (
                  <span class="term" key={item}>
                    {row.quoted ? <Message k="quoted" subs={[item]} /> : <bdi>{item}</bdi>}
                    {i < row.items.length - 1 ? t('listSeparator') : ''}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {facts.map((fact) => (
        <p class="why-fact" key={fact}>
          {fact}
        </p>
      ))}
    </div>
  );
}
