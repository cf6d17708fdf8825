#pragma once

#include <QObject>

namespace dojo::venue {
class StaffDesk;
}

namespace dojo::ui {

// Tells the desk of every key, click and wheel in the application's windows, so it locks only
// after the idle time with nobody at the desk.
class ActivityWatch : public QObject
{
    Q_OBJECT

public:
    explicit ActivityWatch(venue::StaffDesk &desk, QObject *parent = nullptr);
    ~ActivityWatch() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    venue::StaffDesk &m_desk;
};

} // namespace dojo::ui
