#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QTextBlock;

namespace almanac {

class MarkdownEdit;

// A comment thread's mark in a text editor: the words it is on, or the whole
// text (length 0), and what a person reads on pointing at it.
struct TextMark
{
    QString id;
    int start = 0;
    int length = 0;
    enum class State
    {
        Open,    // on these words, as the version had them
        Changed, // the words were edited since; start and length span what is left
        Gone     // the words are gone: marked at the top of the text
    };
    State state = State::Open;
    QString tip;
    bool operator==(const TextMark &) const = default;
};

// The strip beside a MarkdownEdit's text that shows where comments are: a
// bubble on each line that has one (with a count when several), pointing at
// it shows the threads, clicking it selects the words and shows them. It takes
// no room when the text has no comments.
class CommentMargin : public QWidget
{
    Q_OBJECT

public:
    explicit CommentMargin(MarkdownEdit *editor);

    void setMarks(const QList<TextMark> &marks);
    const QList<TextMark> &marks() const { return m_marks; }
    int preferredWidth() const;
    // Where the bubble of a mark is drawn, in this widget; empty when off screen.
    QRect bubbleRect(const TextMark &mark) const;

Q_SIGNALS:
    void activated(const QString &id);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // The marks drawn on the line at y, in this widget's coordinates.
    QList<TextMark> marksAt(int y) const;
    int blockOf(const TextMark &mark) const;

    MarkdownEdit *m_editor;
    QList<TextMark> m_marks;
};

} // namespace almanac
