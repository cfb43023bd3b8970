/**
 * An event's sources grouped by kind (original report first). Only https URLs become links, and
 * they open in a new tab without giving the opened page a handle on ours. Every link shows the
 * host it goes to, taken from the parsed URL (lib/url/links.ts), next to the index's title: the
 * host shown is the host linked, whatever the title or a percent-encoded path says.
 */
import type { Source, SourceKind } from '@/lib/index-format/types';
import { formatDay } from '@/lib/i18n/format-date';
import { t, type MessageKey } from '@/lib/i18n/i18n';
import { groupSources } from './group-sources';
import { languageName } from './language-name';
import { displayText } from '@/lib/text/display-text';
import { safeHttpsUrl, urlLabel } from '@/lib/url/links';

const KIND_LABEL: Record<SourceKind, MessageKey> = {
  original: 'kindOriginal',
  primary: 'kindPrimary',
  reaction: 'kindReaction',
  factcheck: 'kindFactcheck',
  analysis: 'kindAnalysis',
  coverage: 'kindCoverage',
};

export interface SourceListProps {
  sources: readonly Source[];
  locale: string;
  /** True for the source the reader has open. */
  isReading?: (source: Source) => boolean;
}

export function SourceList({ sources, locale, isReading }: SourceListProps) {
  return (
    <div class="sources">
      {groupSources(sources).map((group) => (
        <section class="source-group" key={group.kind} data-kind={group.kind}>
          <h4 class="source-kind">{t(KIND_LABEL[group.kind])}</h4>
          <ul>
            {group.sources.map((source) => (
              <SourceItem key={source.url} source={source} locale={locale} reading={isReading?.(source) ?? false} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function SourceItem({ source, locale, reading }: { source: Source; locale: string; reading: boolean }) {
  const href = safeHttpsUrl(source.url);
  const title = source.title?.trim();
  const address = urlLabel(source.url);
  const lang = source.language && source.language !== 'und' ? source.language : undefined;
  const language = languageName(source.language, locale);
  // A title is the index's text: its own language, its own direction (dir="auto" on the link, so
  // the title's first letter decides it). An address (host, then path) reads left to right, as
  // browsers show addresses. The host shown is always the parsed URL's, in an isolate of its own
  // (which dir="auto" skips, so it cannot turn the title's direction).
  const host = address && (
    <bdi class={title ? 'source-host below' : 'source-host'} dir="ltr" data-testid="source-host">
      {address.host}
    </bdi>
  );
  const label = title ? (
    <>
      {title}
      {host}
    </>
  ) : address ? (
    <>
      {host}
      {address.path && (
        <bdi class="source-path" dir="ltr">
          {address.path}
        </bdi>
      )}
    </>
  ) : (
    displayText(source.url)
  );
  const cls = title ? 'source-title' : 'source-title address';
  const dir = title ? 'auto' : 'ltr';
  const titleLang = title ? lang : undefined; // an address is not in the source's language
  return (
    <li class={reading ? 'source reading' : 'source'} data-testid="source" data-reading={reading ? 'true' : undefined}>
      {href ? (
        <a class={cls} data-testid="source-link" href={href} target="_blank" rel="noopener noreferrer" lang={titleLang} dir={dir}>
          {label}
          <span class="sr-only"> ({t('newTab')})</span>
        </a>
      ) : (
        <span class={cls} lang={titleLang} dir={dir}>
          {label}
        </span>
      )}
      <span class="source-meta">
        <bdi class="outlet">{source.outlet}</bdi>
        {' · '}
        {/* Each part in its own direction: an LTR outlet and code next to an Arabic date would reorder. */}
        {language ? (
          <>
            <bdi aria-hidden="true">{source.language.toUpperCase()}</bdi>
            <span class="sr-only">{language}</span>
          </>
        ) : (
          <bdi>{lang ? lang.toUpperCase() : t('languageUnknown')}</bdi>
        )}
        {source.published && (
          <>
            {' · '}
            <time dateTime={source.published} dir="auto">
              {formatDay(source.published, locale)}
            </time>
          </>
        )}
      </span>
      {reading && <strong class="reading-badge">{t('readingThis')}</strong>}
    </li>
  );
}
