#include "venuefloor/venuefloorview.h"

#include "venuefloor/tablecard.h"

#include "common/uitr.h"

#include <core/units.h>

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dojo::ui {
namespace {

constexpr int kSpacing = 18;
constexpr double kStepMetres = 0.1;     // an arrow key on the hall plan
constexpr double kLongStepMetres = 0.5; // with Shift
constexpr double kSnapMetres = 0.05;    // a drag lands on whole 5 cm

// The floor the cards stand on: on the hall plan, a line every metre and a stronger one every
// five, so staff see the hall's size as they lay it out.
class HallFloor : public QWidget
{
public:
    using QWidget::QWidget;
    bool showsPlan = false;

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!showsPlan)
            return;
        QPainter painter(this);
        const double step = VenueFloorView::kPixelsPerMetre;
        const QColor faint = palette().color(QPalette::Midlight);
        const QColor strong = palette().color(QPalette::Mid);
        for (int metre = 0; metre * step <= width(); ++metre) {
            painter.setPen(metre % 5 == 0 ? strong : faint);
            painter.drawLine(QPointF(metre * step, 0), QPointF(metre * step, height()));
        }
        for (int metre = 0; metre * step <= height(); ++metre) {
            painter.setPen(metre % 5 == 0 ? strong : faint);
            painter.drawLine(QPointF(0, metre * step), QPointF(width(), metre * step));
        }
        painter.setPen(palette().color(QPalette::PlaceholderText));
        for (int metre = 5; metre * step <= width(); metre += 5)
            painter.drawText(QPointF(metre * step + 4, 14), Tr::tr("%1 m").arg(metre));
    }
};

double snapped(double metresValue)
{
    return std::round(metresValue / kSnapMetres) * kSnapMetres;
}

bool isTurned(double angle)
{
    return int(std::lround(angle / 90.0)) % 2 != 0;
}

} // namespace

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

    m_floor = new HallFloor(page);
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
            card->installEventFilter(this);
        }
        showTournamentMatch(card);
        showHealthMark(card);
        cards.push_back(card);
    }
    for (TableCard *gone : m_cards) {
        if (gone == m_dragged)
            m_dragged = nullptr;
        delete gone;
    }
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

void VenueFloorView::setTournamentMatches(std::vector<venue::TableTournamentMatch> matches)
{
    m_tournamentMatches = std::move(matches);
    for (TableCard *card : m_cards)
        showTournamentMatch(card);
}

void VenueFloorView::showTournamentMatch(TableCard *card) const
{
    const auto match = std::find_if(
        m_tournamentMatches.begin(), m_tournamentMatches.end(),
        [card](const venue::TableTournamentMatch &m) { return m.tableId == card->table().id; });
    card->setTournamentMatch(match == m_tournamentMatches.end()
                                 ? std::nullopt
                                 : std::optional<venue::TableTournamentMatch>(*match));
}

void VenueFloorView::setHealthMarks(std::map<qint64, TableHealthMark> marks)
{
    m_healthMarks = std::move(marks);
    for (TableCard *card : m_cards)
        showHealthMark(card);
}

void VenueFloorView::showHealthMark(TableCard *card) const
{
    const auto mark = m_healthMarks.find(card->table().id);
    card->setHealthMark(mark == m_healthMarks.end() ? std::nullopt
                                                    : std::optional<TableHealthMark>(mark->second));
}

void VenueFloorView::updateTable(const venue::Table &table)
{
    for (TableCard *card : m_cards) {
        if (card->table().id == table.id)
            card->setTable(table);
    }
    if (m_hallPlan)
        placeCards(); // it may stand elsewhere now
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
    if (m_hallPlan) {
        placeCards();
        return;
    }
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
    if (m_layingOut) {
        const double step
            = event->modifiers().testFlag(Qt::ShiftModifier) ? kLongStepMetres : kStepMetres;
        switch (event->key()) {
        case Qt::Key_Left: nudgeSelected(-step, 0, 0); return;
        case Qt::Key_Right: nudgeSelected(step, 0, 0); return;
        case Qt::Key_Up: nudgeSelected(0, -step, 0); return;
        case Qt::Key_Down: nudgeSelected(0, step, 0); return;
        case Qt::Key_R: nudgeSelected(0, 0, 90); return;
        default: break;
        }
    }
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

void VenueFloorView::setHallPlanShown(bool shown)
{
    if (!shown)
        setLayingOut(false);
    if (m_hallPlan == shown)
        return;
    m_hallPlan = shown;
    static_cast<HallFloor *>(m_floor)->showsPlan = shown;
    m_columns = 0;
    if (shown) {
        while (m_grid->count() > 0)
            delete m_grid->takeAt(0); // the cards stand where the plan puts them
        placeCards();
    } else {
        m_floor->setMinimumSize(0, 0);
        for (TableCard *card : m_cards)
            card->setTurned(false);
        relayout();
        m_grid->activate(); // the cards go back to the grid now, not at the next event
    }
    m_floor->update();
}

void VenueFloorView::setLayingOut(bool layingOut)
{
    if (layingOut)
        setHallPlanShown(true);
    m_layingOut = layingOut;
    m_dragged = nullptr;
    m_dragging = false;
    for (TableCard *card : m_cards)
        card->setCursor(layingOut ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

QRect VenueFloorView::gridSpot(int index) const
{
    QSize card = m_cards.empty() ? QSize(1, 1) : m_cards.front()->sizeHint();
    if (!m_cards.empty() && m_cards.front()->isTurned())
        card.transpose(); // the grid's spots are for cards standing as drawn
    const int columns = columnCount();
    return {(index % columns) * (card.width() + kSpacing),
            (index / columns) * (card.height() + kSpacing), card.width(), card.height()};
}

void VenueFloorView::placeCards()
{
    QRect extent;
    for (size_t i = 0; i < m_cards.size(); ++i) {
        TableCard *card = m_cards[i];
        if (card == m_dragged && m_dragging)
            continue; // it follows the mouse until it is put down
        const std::optional<venue::FloorPlace> &place = card->table().place;
        card->setTurned(place && isTurned(place->angle));
        const QSize size = card->sizeHint();
        QPointF centre = QRectF(gridSpot(int(i))).center();
        if (place) {
            centre = QPointF(toMetres(place->x), toMetres(place->y)) * kPixelsPerMetre;
        }
        // Placed by its top-left corner, so the card's centre is the table's to the pixel.
        const QRect spot(QPoint(int(std::lround(centre.x() - size.width() / 2.0)),
                                int(std::lround(centre.y() - size.height() / 2.0))),
                         size);
        card->setGeometry(spot);
        card->show();
        extent = extent.united(spot);
    }
    m_floor->setMinimumSize(extent.right() + kSpacing, extent.bottom() + kSpacing);
    m_floor->update();
}

venue::FloorPlace VenueFloorView::placeOfCard(const TableCard *card) const
{
    const QPointF centre = QRectF(card->geometry()).center();
    const std::optional<venue::FloorPlace> &was = card->table().place;
    return {metres(snapped(centre.x() / kPixelsPerMetre)),
            metres(snapped(centre.y() / kPixelsPerMetre)), was ? was->angle : 0.0};
}

std::optional<venue::FloorPlace> VenueFloorView::shownPlace(qint64 tableId) const
{
    if (!m_hallPlan)
        return std::nullopt;
    for (const TableCard *card : m_cards) {
        if (card->table().id == tableId)
            return placeOfCard(card);
    }
    return std::nullopt;
}

void VenueFloorView::nudgeSelected(double dxMetres, double dyMetres, double turnDegrees)
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const TableCard *card = m_cards[size_t(index)];
    venue::FloorPlace place = placeOfCard(card);
    const QSizeF half = QSizeF(card->sizeHint()) / (2 * kPixelsPerMetre);
    // A table stays on the plan: its card's top-left corner never passes the hall's.
    place.x = metres(std::max(toMetres(place.x) + dxMetres, snapped(half.width())));
    place.y = metres(std::max(toMetres(place.y) + dyMetres, snapped(half.height())));
    place.angle = std::fmod(place.angle + turnDegrees, 360.0);
    Q_EMIT tablePlaced(card->table().id, place);
}

bool VenueFloorView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_layingOut)
        return QScrollArea::eventFilter(watched, event);
    const auto found = std::find(m_cards.begin(), m_cards.end(), watched);
    if (found == m_cards.end())
        return QScrollArea::eventFilter(watched, event);
    return followDrag(*found, event) || QScrollArea::eventFilter(watched, event);
}

bool VenueFloorView::followDrag(TableCard *card, QEvent *event)
{
    const auto onFloor = [card, this](QEvent *e) {
        return card->mapTo(m_floor, static_cast<QMouseEvent *>(e)->position().toPoint());
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton)
            return false;
        m_dragged = card;
        m_dragging = false;
        m_pressedAt = onFloor(event);
        m_cardWasAt = card->pos();
        return false; // the card is selected and focused as ever
    case QEvent::MouseMove: {
        if (m_dragged != card)
            return false;
        const QPoint moved = onFloor(event) - m_pressedAt;
        if (!m_dragging && moved.manhattanLength() < QApplication::startDragDistance())
            return true;
        m_dragging = true;
        card->setCursor(Qt::ClosedHandCursor);
        card->raise();
        const QPoint to = m_cardWasAt + moved;
        card->move(std::max(0, to.x()), std::max(0, to.y()));
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_dragged != card)
            return false;
        const bool dropped = m_dragging;
        m_dragged = nullptr;
        m_dragging = false;
        card->setCursor(Qt::OpenHandCursor);
        if (dropped) // one drag: one place, one edit
            Q_EMIT tablePlaced(card->table().id, placeOfCard(card));
        return dropped;
    }
    default: return false;
    }
}

} // namespace dojo::ui
