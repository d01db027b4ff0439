#include "terminaloutput.h"

namespace almanac {

namespace {

void appendHex(QByteArray &out, const char *prefix, unsigned value, int digits)
{
    out += prefix;
    out += QByteArray::number(value, 16).rightJustified(digits, '0');
}

} // namespace

TerminalOutput::TerminalOutput(FILE *file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty())
        std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), m_file);
    std::fflush(m_file);
}

QByteArray TerminalOutput::escaped(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && c != 0xC2)) {
            out += char(c);
        } else if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(utf8[i + 1]) <= 0x9F) {
            appendHex(out, "\\u00", static_cast<unsigned char>(utf8[++i]), 2); // a C1 control
        } else if (c == 0xC2) {
            out += char(c);
        } else {
            appendHex(out, "\\x", c, 2);
        }
    }
    return out;
}

QString TerminalOutput::oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\t', QStringLiteral("\\t")).replace(u'\n', QStringLiteral("\\n"));
    return out;
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    QByteArray bytes = m_pending;
    bytes.append(data, static_cast<qsizetype>(size));
    m_pending.clear();
    // QTextStream may cut a two-byte character between writes: keep its first byte.
    if (!bytes.isEmpty() && static_cast<unsigned char>(bytes.back()) == 0xC2) {
        m_pending = bytes.right(1);
        bytes.chop(1);
    }
    const QByteArray shown = escaped(bytes);
    if (std::fwrite(shown.constData(), 1, static_cast<size_t>(shown.size()), m_file) !=
        static_cast<size_t>(shown.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

} // namespace almanac
