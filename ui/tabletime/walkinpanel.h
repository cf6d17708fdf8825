#pragma once

#include <venue/floor.h>
#include <venue/staff.h>

#include <QWidget>

#include <functional>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace dojo::venue {
class TableTime;
}

namespace dojo::ui {

// The walk-in queue beside the floor: the parties waiting in the order they came, with the
// table each is expected to get and when; add a party, seat the selected one at a table, or
// take off a party that left.
class WalkInPanel : public QWidget
{
    Q_OBJECT

public:
    using Tables = std::function<std::vector<venue::Table>()>;
    using ActorOf = std::function<venue::Actor()>;

    WalkInPanel(venue::TableTime &tableTime, Tables tables, ActorOf actor,
                QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    void showQueue();
    void addParty();
    void seatSelected();
    void selectedLeft();

Q_SIGNALS:
    void failed(const QString &what, const QString &error);

private:
    qint64 selectedId() const;
    QString tableName(qint64 tableId) const;

    venue::TableTime &m_tableTime;
    Tables m_tables;
    ActorOf m_actor;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_seat = nullptr;
    QPushButton *m_left = nullptr;
};

} // namespace dojo::ui
