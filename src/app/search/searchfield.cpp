#include "app/search/searchfield.h"

#include "app/settings/appsettings.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Baoku::App {

SearchField::SearchField(QWidget *parent)
    : QComboBox(parent)
    , m_pause(new QTimer(this))
{
    setObjectName(u"searchField"_s);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setClearButtonEnabled(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(lineEdit(), &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { emit queryChanged(text()); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        remember(text());
        emit queryChanged(text());
        emit submitted();
    });
    connect(this, &QComboBox::textActivated, this, [this](const QString &query) {
        if (m_settingText)
            return;
        m_pause->stop();
        emit queryChanged(query);
    });
    // The clear button empties the field without a textEdited signal.
    connect(lineEdit(), &QLineEdit::textChanged, this, [this](const QString &value) {
        if (value.isEmpty() && !m_settingText) {
            m_pause->stop();
            emit queryChanged({});
        }
    });
    AppSettings &settings = AppSettings::instance();
    setHistory(settings.searchHistory());
    connect(&settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::SearchHistory)
            setHistory(AppSettings::instance().searchHistory());
    });
    retranslate();
}

QString SearchField::text() const
{
    return lineEdit()->text().trimmed();
}

void SearchField::setText(const QString &value)
{
    m_settingText = true;
    lineEdit()->setText(value);
    m_settingText = false;
}

void SearchField::setHistory(const QStringList &history)
{
    const QString current = lineEdit()->text();
    m_settingText = true;
    clear();
    addItems(history);
    setCurrentIndex(-1);
    lineEdit()->setText(current);
    m_settingText = false;
}

void SearchField::remember(const QString &query)
{
    if (query.trimmed().isEmpty())
        return;
    AppSettings::instance().addSearch(query); // the history list follows through changed()
}

void SearchField::focusField()
{
    lineEdit()->setFocus(Qt::ShortcutFocusReason);
    lineEdit()->selectAll();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !lineEdit()->text().isEmpty()) {
        lineEdit()->clear();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void SearchField::retranslate()
{
    lineEdit()->setPlaceholderText(tr("Search the archive (Ctrl+K)"));
    setToolTip(tr("Words must all occur; \"…\" for a phrase; OR; -word excludes; "
                  "title:, author:, column: and page: search one field."));
}

} // namespace Baoku::App
