#include "players/mergeintodialog.h"

#include "common/uitr.h"
#include "players/playerfinder.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dojo::ui {

MergeIntoDialog::MergeIntoDialog(const venue::Player &duplicate,
                                 const std::vector<venue::Player> &players,
                                 const std::map<qint64, venue::PlayerRating> &ratings,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeIntoDialog"));
    setWindowTitle(Tr::tr("Merge %1 Into…").arg(duplicate.name));
    auto *note = new QLabel(
        Tr::tr("Choose the player to keep: %1 is hidden behind them, and every match and result "
               "of %1 counts for them. Edit → Undo separates them again.")
            .arg(duplicate.name),
        this);
    note->setWordWrap(true);
    std::vector<venue::Player> others;
    for (const venue::Player &player : players) {
        if (player.id != duplicate.id)
            others.push_back(player);
    }
    m_finder = new PlayerFinder(this);
    m_finder->setPlayers(others, ratings);
    m_finder->searchBox()->setText(duplicate.name); // the likely one first
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = m_buttons->addButton(Tr::tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_finder, &PlayerFinder::playerActivated, this, &QDialog::accept);
    const auto check = [this, merge] { merge->setEnabled(keptPlayerId() != 0); };
    connect(m_finder, &PlayerFinder::currentPlayerChanged, this, check);
    check();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_finder, 1);
    layout->addWidget(m_buttons);
    resize(480, 420);
    m_finder->searchBox()->selectAll();
    m_finder->searchBox()->setFocus();
}

qint64 MergeIntoDialog::keptPlayerId() const
{
    return m_finder->currentPlayerId();
}

} // namespace dojo::ui
