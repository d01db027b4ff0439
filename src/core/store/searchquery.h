#pragma once

#include <QString>

namespace almanac {

// Turns what a person types into a search box into an FTS5 MATCH expression that
// cannot be a syntax error: bare words and "quoted phrases", all required; with
// prefix set, the last word also matches longer words (search as you type).
// Returns an empty string when there is nothing to search for.
QString toFtsQuery(const QString &typed, bool prefix);

} // namespace almanac
