#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace almanac {

// Edit ▸ Preferences: the interface's language (the system's, or one the
// workstation speaks; it changes at the next start) and the name put on the
// versions and comments made at this computer (the system's user name when
// empty). Kept in the user's settings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *nameEdit() const { return m_name; }

    // The name put on the versions and comments made at this computer: the
    // one given here, else the system's user name.
    static QString userName();

    void accept() override;

private:
    void showRestartNote();

    QComboBox *m_language = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace almanac
