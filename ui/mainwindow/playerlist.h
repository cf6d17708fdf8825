#pragma once

#include <venue/floor.h>

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dojo::ui {

// The venue's players, searchable by name or nickname.
class PlayerList : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerList(QWidget *parent = nullptr);

    void setPlayers(const std::vector<venue::Player> &players);
    int visibleCount() const;
    // The player selected in the list; 0: none.
    qint64 selectedPlayerId() const;
    void selectPlayer(qint64 playerId);
    // The list's own actions (add, edit, remove): its context menu, and their keys while the
    // list has focus.
    void setPlayerActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void playerActivated(qint64 playerId); // double-click or Enter
    void selectionChanged();

private:
    void applyFilter();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace dojo::ui
