#pragma once

#include <QString>

namespace almanac {

// Turns what a person types into a search box into an FTS5 MATCH expression that
// cannot be a syntax error: bare words and "quoted phrases", all required; with
// prefix set, the last word also matches longer words (search as you type).
// Returns an empty string when there is nothing to search for. The cost stays
// bounded whatever is typed: the text is read up to maxSearchLength characters,
// repeated terms count once, and only the first maxSearchTerms distinct terms are kept.
inline constexpr qsizetype maxSearchLength = 1000;
inline constexpr qsizetype maxSearchTerms = 32;
QString toFtsQuery(const QString &typed, bool prefix);
// The same search as a PostgreSQL to_tsquery() expression: each term's words
// (runs of letters and digits) as quoted lexemes, a phrase's joined with <->,
// every term required (&), the last word with :* when it is a prefix.
QString toTsQuery(const QString &typed, bool prefix);

} // namespace almanac
