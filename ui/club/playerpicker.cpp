#include "club/playerpicker.h"

#include "club/clubtext.h"
#include "common/uitr.h"

#include <venue/playersearch.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

constexpr int kRowsShown = 4;

} // namespace

PlayerPicker::PlayerPicker(Players players, QWidget *parent)
    : QWidget(parent)
    , m_players(std::move(players))
{
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("pickerLine"));
    m_line->setPlaceholderText(Tr::tr("Name, nickname or phone"));
    m_line->setClearButtonEnabled(true);
    m_line->installEventFilter(this);
    setFocusProxy(m_line);
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("pickerFound"));
    // Tab goes on to the next field: the list follows the line's Up and Down instead.
    m_found->setFocusPolicy(Qt::NoFocus);
    m_found->setFixedHeight(m_found->sizeHintForRow(0) > 0
                                ? m_found->sizeHintForRow(0) * kRowsShown + 6
                                : fontMetrics().height() * kRowsShown + 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_line);
    layout->addWidget(m_found);

    connect(m_line, &QLineEdit::textChanged, this, &PlayerPicker::find);
    connect(m_line, &QLineEdit::returnPressed, this, [this] {
        if (playerId() != 0)
            Q_EMIT activated();
    });
    connect(m_found, &QListWidget::currentRowChanged, this, &PlayerPicker::playerChanged);
    connect(m_found, &QListWidget::itemDoubleClicked, this, [this] { Q_EMIT activated(); });
    find();
}

qint64 PlayerPicker::playerId() const
{
    const QListWidgetItem *item = m_found->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString PlayerPicker::playerName() const
{
    const QListWidgetItem *item = m_found->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void PlayerPicker::clear()
{
    m_line->clear();
}

void PlayerPicker::refresh()
{
    find();
}

void PlayerPicker::find()
{
    const qint64 picked = playerId();
    const QSignalBlocker quiet(m_found);
    m_found->clear();
    const QString typed = m_line->text().trimmed();
    // An empty line picks nobody: a challenge or a sign-up names someone on purpose.
    if (!typed.isEmpty()) {
        for (const venue::Player &player : venue::findPlayers(m_players(), typed)) {
            auto *item = new QListWidgetItem(playerText(player), m_found);
            item->setData(Qt::UserRole, player.id);
            item->setData(Qt::UserRole + 1, player.name);
            if (player.id == picked)
                m_found->setCurrentItem(item);
        }
    }
    if (!m_found->currentItem() && m_found->count() > 0)
        m_found->setCurrentRow(0);
    if (playerId() != picked)
        Q_EMIT playerChanged();
}

bool PlayerPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int row = m_found->currentRow();
        if (key == Qt::Key_Down && row + 1 < m_found->count()) {
            m_found->setCurrentRow(row + 1);
            return true;
        }
        if (key == Qt::Key_Up && row > 0) {
            m_found->setCurrentRow(row - 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dojo::ui
