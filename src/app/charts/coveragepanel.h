// The Coverage dock: per newspaper, a calendar of the days the archive holds (CoverageView) and a
// line that counts issues, expected days without an issue and announced pages not held. Read off
// the GUI thread when shown and after every import; a click on a day opens its issue.
#pragma once

#include "app/charts/coveragedata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace Baoku::App {

class CoverageController;
class CoverageView;

class CoveragePanel final : public QWidget {
    Q_OBJECT
public:
    explicit CoveragePanel(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    void reload(); // reads again when shown (a hidden panel reads when it is shown)
    void showPaper(int index);
    void reveal(const QDate &date); // scrolls the calendar to the day
    const CoverageData &data() const { return m_data; }
    CoverageView *view() const { return m_view; }
    QComboBox *newspaperBox() const { return m_paper; }
    CoverageController *controller() const { return m_controller; }
    QString summary() const;
    void retranslate();

signals:
    void issueActivated(qint64 issueId);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showData(const CoverageData &data);

    QComboBox *m_paper;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    CoverageView *m_view;
    CoverageController *m_controller = nullptr;
    CoverageData m_data;
    bool m_dirty = true;
};

} // namespace Baoku::App
