#pragma once

#include "document/guidedocument.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace almanac {

class PartPage;

// The bibliographic record of the current source (its CSL item): type,
// authors, editors and other names, identifiers and the details of where it
// appeared. Every edit is one step on the document's undo stack; undo, redo and
// edits from elsewhere show here at once.
class SourceRecordEditor : public QWidget
{
    Q_OBJECT

public:
    SourceRecordEditor(GuideDocument *document, PartPage *sources, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QTableWidget *namesTable() const { return m_names; }
    // The line edit of a CSL member ("DOI", "volume", ...), or nullptr.
    QLineEdit *memberEdit(const QString &member) const;

    void addName();
    void removeCurrentName();

    // The CSL name variables the table offers as roles.
    static const QStringList &nameRoles();

private:
    void showCurrent();
    void showNames(const QJsonObject &record);
    void namesEdited(QTableWidgetItem *item);
    int row() const;

    GuideDocument *m_doc;
    PartPage *m_sources;
    QComboBox *m_type;
    QTableWidget *m_names;
    QList<std::pair<QString, QLineEdit *>> m_members;
    bool m_showing = false; // filling the widgets from the document
};

} // namespace almanac
