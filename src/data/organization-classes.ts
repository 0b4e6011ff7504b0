// What a generic organisation noun can refer back to: "the company" → a name ending in Inc.,
// Corp. or Holdings; "the agency" → an Authority, a Bureau, an Administration. Lower case;
// the name's words are compared without a final full stop.

/** Generic noun → words that end (or are in) the names it can stand for. */
export const ORGANIZATION_CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['company', new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'co', 'company', 'group', 'holdings', 'plc', 'gmbh', 'sa', 'ag'])],
  ['firm', new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'co', 'company', 'group', 'holdings', 'partners', 'associates', 'llp'])],
  ['corporation', new Set(['inc', 'corp', 'corporation', 'ltd', 'llc', 'co', 'company', 'holdings'])],
  ['agency', new Set(['agency', 'authority', 'administration', 'bureau', 'office', 'service', 'commission', 'department'])],
  ['authority', new Set(['authority', 'agency', 'administration', 'commission'])],
  ['union', new Set(['union', 'federation', 'workers', 'association', 'brotherhood'])],
  ['network', new Set(['network', 'news', 'tv', 'broadcasting', 'channel'])],
  ['newspaper', new Set(['times', 'post', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'gazette', 'news', 'globe', 'star'])],
  ['paper', new Set(['times', 'post', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'gazette', 'news', 'globe', 'star'])],
  ['bank', new Set(['bank', 'bancorp'])],
  ['court', new Set(['court'])],
  ['university', new Set(['university', 'college'])],
  ['group', new Set(['group', 'coalition', 'alliance', 'association', 'council', 'network', 'project', 'foundation'])],
  ['organization', new Set(['group', 'coalition', 'alliance', 'association', 'council', 'network', 'project', 'foundation', 'institute', 'center', 'centre'])],
  ['commission', new Set(['commission'])],
  ['committee', new Set(['committee'])],
]);
