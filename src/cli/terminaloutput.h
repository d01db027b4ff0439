#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <cstdio>

namespace almanac {

// Standard output or error for people to read. Guide text can hold what a
// terminal would obey rather than show: ESC starting an ANSI or OSC sequence
// (colours, the window title, hyperlinks), a bell, a carriage return that hides
// the start of a line, a C1 control such as U+009B. Those are written as
// visible escapes ("\x1b", "\u009b"); line ends and tabs pass.
class TerminalOutput final : public QIODevice
{
public:
    explicit TerminalOutput(FILE *file);
    ~TerminalOutput() override;

    // The UTF-8 text with every control but line feed and tab made visible.
    static QByteArray escaped(QByteArrayView utf8);
    // One field of a line: tabs and line ends made visible too, so that a
    // title cannot add a column or a line to `almanac list`.
    static QString oneLine(const QString &text);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    QByteArray m_pending; // a UTF-8 lead byte whose sequence the next write completes
};

} // namespace almanac
