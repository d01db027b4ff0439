#pragma once

#include "diff/guidediff.h"
#include "store/versionstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace almanac {

class GuardedView;

// Shows what changed between two states of a guide: side by side, inline, or
// as the rendered page with insertions and deletions marked; steps from change
// to change and filters by part.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        SideBySide,
        Inline,
        Rendered
    };

    explicit DiffView(QWidget *parent = nullptr);

    void setComparison(const Guide &from, const Guide &to, const QString &fromLabel, const QString &toLabel);
    // Reviewers' comments, each shown under the change to the part it is on.
    void setComments(const QList<Comment> &comments);
    void setMode(Mode mode);
    Mode mode() const;
    // "" shows every part; otherwise a part name as the guide file names it.
    void setPartFilter(const QString &part);
    int changeCount() const { return m_changes; }
    int currentChange() const { return m_current; }
    void nextChange();
    void previousChange();
    const diff::GuideDiff &diff() const { return m_diff; }
    QTextBrowser *textView() const { return m_text; }
    GuardedView *pageView() const { return m_page; }
    QString summaryText() const;

Q_SIGNALS:
    // A link to another guide was clicked in the rendered changes.
    void guideLinkActivated(const QString &slug);

private:
    void rebuild();
    void showChange(int index);
    QString buildHtml(bool sideBySide);
    QString commentsOn(const QString &part, const QString &id) const;

    Guide m_from;
    Guide m_to;
    QString m_fromLabel;
    QString m_toLabel;
    diff::GuideDiff m_diff;
    QList<Comment> m_comments;
    QString m_filter;
    int m_changes = 0;
    int m_current = -1;
    QComboBox *m_modeBox;
    QComboBox *m_partBox;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTextBrowser *m_text;
    GuardedView *m_page = nullptr;
};

} // namespace almanac
