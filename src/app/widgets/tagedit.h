#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace almanac {

class FlowLayout;

// Edits a short list of tags (a guide's related topics) as rounded chips with a
// remove button each, and a line edit after them for the next tag. Enter or a
// comma adds the typed tag, Backspace in the empty line edit removes the last
// one; empty tags and case-insensitive duplicates are refused.
class TagEdit : public QWidget
{
    Q_OBJECT

public:
    explicit TagEdit(QWidget *parent = nullptr);

    QStringList tags() const { return m_tags; }
    // Replaces the tags without emitting tagsEdited; drops empties and duplicates.
    void setTags(const QStringList &tags);
    // Offered in a popup while typing (tags already present are left out).
    void setCompletions(const QStringList &completions);
    // The same, each shown by a label (a guide's title for its slug): typing
    // matches the label or the value, and choosing one adds the value.
    void setCompletions(const QStringList &completions, const QStringList &labels);
    QStringList completions() const { return m_completions; }
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_lineEdit; }

Q_SIGNALS:
    // Only for changes the user makes, never for setTags().
    void tagsEdited(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    static QString normalized(const QString &tag);
    bool contains(const QString &tag) const;
    void commitTyped();
    void commitCompletion(const QModelIndex &index);
    void splitAtCommas(const QString &text);
    void refuse(const QString &tag);
    void removeChip(QWidget *chip);
    void addChip(const QString &tag);
    void rebuildChips();
    void updateChipStyle();
    void updateCompletions();

    QStringList m_tags;
    QStringList m_completions;
    QStringList m_labels;
    QString m_chosen; // a completion chosen, to be added instead of the line's text
    QString m_chipStyle;
    QList<QWidget *> m_chips;
    FlowLayout *m_layout = nullptr;
    QLineEdit *m_lineEdit = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completionModel = nullptr;
};

} // namespace almanac
