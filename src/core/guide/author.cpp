#include "author.h"

#include <pwd.h>
#include <unistd.h>

namespace almanac::author {

QString systemUser()
{
    QString name = qEnvironmentVariable("ALMANAC_AUTHOR").trimmed();
    if (!name.isEmpty())
        return name;
    if (const passwd *pw = getpwuid(getuid())) {
        // GECOS: "Full Name,room,work phone,home phone,other".
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        name = QString::fromLocal8Bit(pw->pw_name);
    }
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("uid %1").arg(getuid()) : name;
}

} // namespace almanac::author
