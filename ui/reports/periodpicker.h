#pragma once

#include <venue/reports.h>

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace dojo::ui {

// Which days a report covers: this week, last week, this month (the venue's, from `today`) or
// custom dates. The dates show the chosen period and can be edited only for custom dates.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Choice { ThisWeek, LastWeek, ThisMonth, Custom };

    explicit PeriodPicker(QDate today, QWidget *parent = nullptr);

    venue::ReportPeriod period() const;
    Choice choice() const;
    void choose(Choice choice);
    // Custom dates.
    void setPeriod(const venue::ReportPeriod &period);
    // The venue's today, for the preset periods.
    void setToday(QDate today);

    QComboBox *choiceBox() const { return m_choice; }
    QDateEdit *firstEdit() const { return m_first; }
    QDateEdit *lastEdit() const { return m_last; }

Q_SIGNALS:
    void periodChanged();

private:
    void showChoice();
    void datesEdited(bool firstEdited);

    QDate m_today;
    QComboBox *m_choice = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    bool m_showing = false; // the dates are being set from the choice, not by a person
};

} // namespace dojo::ui
