// Template clauses in other languages: rules/<id>.clause.<lang>.md, by rule id
// and language. English clauses live with each rule (rules/<id>.clause.md).
export const CLAUSE_TRANSLATIONS: Record<string, Record<string, string>> = {};
