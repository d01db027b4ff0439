#pragma once

#include <QLabel>

namespace almanac {

// A one-line status label whose text may be long (an error from the server,
// the titles of several guides): elided to the room it has, whole in its
// tooltip, and never widening the window it sits in.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr, int widest = 640);
    // Shows text (elided when it does not fit), with tip as the tooltip.
    void say(const QString &text, const QString &tip = QString());
    QString fullText() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    int m_widest;
    QString m_full;
    QString m_tip;
};

} // namespace almanac
