#pragma once

#include "guide/guide.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>
#include <variant>

namespace almanac {

// The parts of a guide that an edit can touch.
enum class Part
{
    Metadata,
    Takeaways,
    Sections,
    Timeline,
    Topics,
    Faq,
    Related,
    Sources
};

// What changed, announced once per change so every view can follow.
struct ChangeEvent
{
    enum class Type
    {
        Field,
        ItemChanged,
        ItemsInserted,
        ItemRemoved,
        ItemMoved,
        List,
        Reset
    };
    Type type = Type::Reset;
    Part part = Part::Metadata;
    int index = -1; // the item (or, for a move, where it came from)
    int to = -1;    // for a move: where it went
    QString field;  // for Field and ItemChanged
};

using Item = std::variant<Takeaway, Section, TimelineEntry, FaqEntry, Source>;

// The guide being edited and its one undo history. Every change, whatever widget
// makes it, goes through the edit methods, which push a QUndoCommand; the
// commands call the apply methods, which change the guide and announce it.
class GuideDocument : public QObject
{
    Q_OBJECT

public:
    explicit GuideDocument(const Guide &guide, QObject *parent = nullptr);

    const Guide &guide() const { return m_guide; }
    QUndoStack *undoStack() { return &m_undo; }
    int itemCount(Part part) const;
    QString itemId(Part part, int index) const;
    int indexOf(Part part, const QString &id) const;
    QVariant itemField(Part part, int index, const QString &field) const;
    QString field(const QString &name) const;

    // Edits, each one undoable step. Typing into the same field merges into one
    // step per word or pause.
    void setField(const QString &name, const QString &value);
    // Sets name, and linked with it in the same undoable step.
    void setFieldWith(const QString &name, const QString &value, const QString &linked,
                      const QString &linkedValue);
    // A source's CSL record is reached as "csl" (the whole item, a QJsonObject) or
    // "csl.MEMBER": name lists (author, editor, ...) as QJsonArray, other members as
    // text; empty text or an empty list removes the member.
    void setItemField(Part part, int index, const QString &field, const QVariant &value);
    int insertItem(Part part, int index, const QString &text = {});
    void removeItem(Part part, int index);
    void moveItem(Part part, int from, int to);
    void setList(Part part, const QStringList &values);
    // Replaces the whole content (restoring a version) as one step.
    void replaceContent(const Guide &guide, const QString &actionText);

    // Used by the undo commands only.
    void applyField(const QString &name, const QString &value);
    void applyItemField(Part part, int index, const QString &field, const QVariant &value);
    void applyInsert(Part part, int index, const Item &item);
    Item applyRemove(Part part, int index);
    void applyMove(Part part, int from, int to);
    void applyList(Part part, const QStringList &values);
    void applyGuide(const Guide &guide);
    Item item(Part part, int index) const;
    // Where a timeline entry with this date belongs, the entry at index left out.
    int sortedTimelineIndex(int index, const QString &date) const;

    static QString partName(Part part);
    // The part's name in the guide file ("sections").
    static QString partKey(Part part);
    static QString itemName(Part part);

Q_SIGNALS:
    // Before and after each change: models use the pair for their row signals.
    void aboutToChange(const ChangeEvent &event);
    void changed(const ChangeEvent &event);

private:
    // Runs the change between the two announcements.
    template <typename Fn> void change(const ChangeEvent &event, Fn fn);

    Guide m_guide;
    QUndoStack m_undo;
};

} // namespace almanac

Q_DECLARE_METATYPE(almanac::ChangeEvent)
