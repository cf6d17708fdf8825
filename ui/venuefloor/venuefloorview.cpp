#include "venuefloor/venuefloorview.h"

#include "venuefloor/tablecard.h"

#include "common/uitr.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {
namespace {
constexpr int kSpacing = 18;
}

VenueFloorView::VenueFloorView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("venueFloor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(kSpacing, kSpacing, kSpacing, kSpacing);

    m_emptyNote = new QLabel(Tr::tr("This venue has no tables yet."), page);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->hide();
    pageLayout->addWidget(m_emptyNote);

    m_floor = new QWidget(page);
    m_grid = new QGridLayout(m_floor);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(kSpacing);
    m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    pageLayout->addWidget(m_floor);
    pageLayout->addStretch(1);
    setWidget(page);
}

void VenueFloorView::setTables(const std::vector<venue::Table> &tables)
{
    // Reuse cards for tables that stay, so focus and selection survive a refresh.
    std::vector<TableCard *> cards;
    for (const venue::Table &table : tables) {
        auto found = std::find_if(m_cards.begin(), m_cards.end(),
                                  [&](TableCard *card) { return card->table().id == table.id; });
        TableCard *card = nullptr;
        if (found != m_cards.end()) {
            card = *found;
            m_cards.erase(found);
            card->setTable(table);
        } else {
            card = new TableCard(table, m_floor);
            card->setObjectName(QStringLiteral("tableCard-%1").arg(table.id));
            connect(card, &TableCard::clicked, this, &VenueFloorView::selectTable);
            connect(card, &TableCard::activated, this, &VenueFloorView::tableActivated);
            connect(card, &TableCard::contextMenuRequested, this,
                    &VenueFloorView::contextMenuRequested);
        }
        cards.push_back(card);
    }
    for (TableCard *gone : m_cards)
        delete gone;
    m_cards = std::move(cards);

    m_emptyNote->setVisible(m_cards.empty());
    m_columns = 0;
    relayout();

    const bool selectionGone
        = std::none_of(m_cards.begin(), m_cards.end(),
                       [this](TableCard *card) { return card->table().id == m_selectedId; });
    if (selectionGone)
        selectTable(m_cards.empty() ? 0 : m_cards.front()->table().id);
}

void VenueFloorView::updateTable(const venue::Table &table)
{
    for (TableCard *card : m_cards) {
        if (card->table().id == table.id)
            card->setTable(table);
    }
}

std::optional<venue::Table> VenueFloorView::selectedTable() const
{
    const int index = selectedIndex();
    if (index < 0)
        return std::nullopt;
    return m_cards[static_cast<size_t>(index)]->table();
}

void VenueFloorView::selectTable(qint64 tableId)
{
    for (TableCard *card : m_cards)
        card->setSelected(card->table().id == tableId);
    if (m_selectedId == tableId)
        return;
    m_selectedId = tableId;
    const int index = selectedIndex();
    if (index >= 0)
        ensureWidgetVisible(m_cards[static_cast<size_t>(index)]);
    Q_EMIT selectionChanged(tableId);
}

int VenueFloorView::selectedIndex() const
{
    for (size_t i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i]->table().id == m_selectedId)
            return static_cast<int>(i);
    }
    return -1;
}

int VenueFloorView::columnCount() const
{
    const int cardWidth = m_cards.empty() ? 1 : m_cards.front()->sizeHint().width();
    const int available = viewport()->width() - 2 * kSpacing;
    return std::max(1, (available + kSpacing) / (cardWidth + kSpacing));
}

void VenueFloorView::relayout()
{
    const int columns = columnCount();
    if (columns == m_columns && m_grid->count() == static_cast<int>(m_cards.size()))
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the item only; the card stays
    for (size_t i = 0; i < m_cards.size(); ++i) {
        const int index = static_cast<int>(i);
        m_grid->addWidget(m_cards[i], index / columns, index % columns);
    }
}

void VenueFloorView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void VenueFloorView::keyPressEvent(QKeyEvent *event)
{
    const int index = selectedIndex();
    const int count = static_cast<int>(m_cards.size());
    int next = index;
    switch (event->key()) {
    case Qt::Key_Left: next = index - 1; break;
    case Qt::Key_Right: next = index + 1; break;
    case Qt::Key_Up: next = index - m_columns; break;
    case Qt::Key_Down: next = index + m_columns; break;
    case Qt::Key_Home: next = 0; break;
    case Qt::Key_End: next = count - 1; break;
    default: QScrollArea::keyPressEvent(event); return;
    }
    if (index < 0 || next < 0 || next >= count)
        return;
    m_cards[static_cast<size_t>(next)]->setFocus(Qt::OtherFocusReason);
    selectTable(m_cards[static_cast<size_t>(next)]->table().id);
}

} // namespace dojo::ui
