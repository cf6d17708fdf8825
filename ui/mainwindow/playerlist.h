#pragma once

#include <venue/floor.h>

#include <QWidget>

#include <vector>

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

private:
    void applyFilter();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace dojo::ui
