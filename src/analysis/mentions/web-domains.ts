/**
 * The names behind the e-mail addresses of a document: "ops@northgate.com" and
 * "ops@mail.northgate.co.uk" are Northgate's. A name written as the domain an address is
 * registered under is the body that owns it (document rule `web-domain-name`).
 */

/**
 * An e-mail address's host, with at least one dot. Not a web address's: people and topics have
 * sites of their own ("garrow.com", a blog on a town); a mailbox is most often at work.
 */
const ADDRESS_HOST = /[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/giu;
/** Second-level labels under which country domains register bodies ("co.uk", "com.au"). */
const REGISTRY_LABELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'or', 'ne']);

/**
 * The registered labels of every e-mail host in `text`, lower case: "northgate" of
 * "mail.northgate.co.uk". The label a body registers is the one before its public suffix.
 */
export function webDomainLabels(text: string): Set<string> {
  const labels = new Set<string>();
  if (!text.includes('@')) return labels;
  for (const m of text.matchAll(ADDRESS_HOST)) {
    const parts = (m[1] as string).toLowerCase().split('.');
    const tld = parts.pop() as string;
    if (tld.length === 2 && parts.length > 1 && REGISTRY_LABELS.has(parts[parts.length - 1] as string)) parts.pop();
    const label = parts[parts.length - 1];
    if (label && label !== 'www' && /\p{L}/u.test(label)) labels.add(label);
  }
  return labels;
}

/** The form of a name an address would spell it in: lower case, no spaces, marks or apostrophes ("Northgate Labs" → "northgatelabs"). */
export function domainForm(name: string): string {
  return name.toLowerCase().replace(/[\s'’.&-]+/gu, '');
}
