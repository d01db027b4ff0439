#pragma once

#include <QString>

namespace almanac::author {

// Who is doing this, when nobody said: $ALMANAC_AUTHOR, else the operating
// system's full name for the user (the GECOS field), else the login name.
// The workstation and the CLI both record this, so a version made from a
// shell names a person rather than "unknown".
QString systemUser();

} // namespace almanac::author
