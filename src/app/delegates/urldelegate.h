#pragma once

#include <QStyledItemDelegate>

namespace almanac {

// Edits a source's web address. Only http(s) addresses with a host (or nothing)
// are written to the model; anything else keeps the old value and the editor is
// framed in red with a tooltip saying why. Stored addresses that are not valid
// are painted in red.
class UrlDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit UrlDelegate(QObject *parent = nullptr);

    // True for an empty text or a valid http(s) address (surrounding spaces ignored).
    static bool isAcceptable(const QString &text);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void markInvalid(QWidget *editor) const;
};

} // namespace almanac
