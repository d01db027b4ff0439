#include "textinput.h"

#include "io/boundedfile.h"
#include "io/guidefile.h"
#include "messages.h"

namespace almanac::textinput {

namespace {

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString tooBig(const QString &fileName, qint64 size)
{
    return ImportText::tr("%1: the file is %2 MiB; an import may be at most %3 MiB")
        .arg(fileName)
        .arg(size / (1024 * 1024))
        .arg(maxInputSize / (1024 * 1024));
}

} // namespace

std::optional<QByteArray> normalise(const QByteArray &input, const QString &fileName, QString *error)
{
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // a byte order mark says nothing in UTF-8
    if (data.size() > maxInputSize) {
        failWith(error, tooBig(fileName, data.size()));
        return std::nullopt;
    }
    // Check before changing line ends, so that the place named is the file's own.
    if (const qsizetype bad = guidefile::firstInvalidUtf8(data); bad >= 0) {
        failWith(error, ImportText::tr("%1: %2: invalid UTF-8 (byte 0x%3); save the file as UTF-8")
                            .arg(fileName, guidefile::describeOffset(data, bad))
                            .arg(static_cast<unsigned char>(data[bad]), 2, 16, QLatin1Char('0')));
        return std::nullopt;
    }
    if (!data.contains('\r'))
        return data.toByteArray();
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\r') {
            out += '\n';
            if (i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
        } else {
            out += data[i];
        }
    }
    return out;
}

std::optional<QString> decode(const QByteArray &data, const QString &fileName, QString *error)
{
    auto bytes = normalise(data, fileName, error);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    // Bounded whatever the path is: a pipe, /dev/zero or a link to them is refused, never read.
    return boundedfile::read(path, maxInputSize, ImportText::tr("a file to import"), error);
}

} // namespace almanac::textinput
