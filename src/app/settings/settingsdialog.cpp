#include "app/settings/settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SettingsDialog::SettingsDialog(const SettingsValues &values, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("Follow the system"), QString());
    // Each language is named in itself so that a user who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_ui->themeCombo->addItem(tr("Follow the system"), int(Theme::FollowSystem));
    m_ui->themeCombo->addItem(tr("Light"), int(Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(Theme::Dark));
    setValues(values);
    connect(m_ui->fontCombo, &QFontComboBox::currentFontChanged, this, &SettingsDialog::updatePreview);
    connect(m_ui->sizeSpin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updatePreview);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        setValues({QString(), Theme::FollowSystem, AppSettings::defaultReaderFont(), 100});
    });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setValues(const SettingsValues &values)
{
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(values.language)));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(int(values.theme))));
    m_ui->fontCombo->setCurrentFont(values.font);
    m_ui->sizeSpin->setValue(values.font.pointSizeF());
    m_ui->zoomSpin->setValue(values.zoom);
    updatePreview();
}

SettingsValues SettingsDialog::values() const
{
    SettingsValues values;
    values.language = m_ui->languageCombo->currentData().toString();
    values.theme = Theme(m_ui->themeCombo->currentData().toInt());
    values.font = m_ui->fontCombo->currentFont();
    values.font.setPointSizeF(m_ui->sizeSpin->value());
    values.zoom = m_ui->zoomSpin->value();
    return values;
}

void SettingsDialog::updatePreview()
{
    QFont font = m_ui->fontCombo->currentFont();
    font.setPointSizeF(m_ui->sizeSpin->value());
    m_ui->previewLabel->setFont(font);
}

} // namespace Baoku::App
