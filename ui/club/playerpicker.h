#pragma once

#include <venue/floor.h>

#include <QWidget>

#include <functional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace dojo::ui {

// A player found by typing: the line takes a name, a nickname or a contact
// (venue::findPlayers) and the list under it shows whom it finds, best first. The first found
// is the one picked until Up or Down (on the line) picks another, so "ana" Tab is enough.
class PlayerPicker : public QWidget
{
    Q_OBJECT

public:
    using Players = std::function<std::vector<venue::Player>()>;

    explicit PlayerPicker(Players players, QWidget *parent = nullptr);

    QLineEdit *line() const { return m_line; }
    // The player picked; 0: the text finds nobody.
    qint64 playerId() const;
    QString playerName() const;
    void clear();
    // Reads the players again (they changed elsewhere), keeping the text.
    void refresh();

Q_SIGNALS:
    void playerChanged();
    void activated(); // Enter on the line with a player picked

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find();

    Players m_players;
    QLineEdit *m_line = nullptr;
    QListWidget *m_found = nullptr;
};

} // namespace dojo::ui
