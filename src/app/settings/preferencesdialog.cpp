#include "preferencesdialog.h"

#include "guide/author.h"
#include "settings/interfacelanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace almanac {

namespace {
const QString nameKey = QStringLiteral("user/name");
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    const QLocale system = interfacelanguage::systemLocale();
    // The system's choice, named in the language it would give.
    m_language->addItem(tr("System language (%1)")
                            .arg(interfacelanguage::nativeName(QLocale::languageToCode(system.language()))),
                        QString());
    for (const QString &tag : interfacelanguage::available())
        m_language->addItem(interfacelanguage::nativeName(tag), tag);
    m_language->setCurrentIndex(qMax(0, m_language->findData(interfacelanguage::chosen())));
    m_language->setAccessibleName(tr("Interface language"));
    form->addRow(tr("&Interface language:"), m_language);

    m_restartNote = new QLabel(tr("Almanac Studio speaks the new language when it starts again."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setVisible(false);
    form->addRow(QString(), m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showRestartNote);

    m_name = new QLineEdit(this);
    m_name->setText(QSettings().value(nameKey).toString());
    m_name->setPlaceholderText(author::systemUser());
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("Put on the versions and comments you make at this computer. Empty: your "
                          "name on the system. On a team workspace the server records your login."));
    form->addRow(tr("Your &name:"), m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString PreferencesDialog::userName()
{
    const QString name = QSettings().value(nameKey).toString();
    return name.isEmpty() ? author::systemUser() : name;
}

void PreferencesDialog::showRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != interfacelanguage::chosen());
}

void PreferencesDialog::accept()
{
    interfacelanguage::choose(m_language->currentData().toString());
    const QString name = m_name->text().trimmed();
    QSettings settings;
    if (name.isEmpty())
        settings.remove(nameKey);
    else
        settings.setValue(nameKey, name);
    QDialog::accept();
}

} // namespace almanac
