#include "tournaments/bracketview.h"

#include "tournaments/bracketaccessible.h"
#include "tournaments/bracketpainter.h"

#include "common/paintedlistaccessible.h"
#include "common/uitr.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace dojo::ui {

namespace {

constexpr double kZoomStep = 1.25;
const QColor kBackground(0xf5, 0xf7, 0xf8);

} // namespace

BracketView::BracketView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("bracketView"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setObjectName(QLatin1String(kViewportName));
    setAccessibleName(Tr::tr("Bracket"));
    installBracketAccessibility();
    horizontalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setSingleStep(24);
}

void BracketView::setTournament(const venue::TournamentView &view)
{
    const bool sameTournament = view.tournament.id == m_view.tournament.id;
    m_view = view;
    m_layout = layOutBracket(m_view);
    setAccessibleName(Tr::tr("Bracket of %1").arg(m_view.tournament.settings.name));
    if (!sameTournament || !m_selected || !m_layout.boxes.count(*m_selected))
        m_selected = m_layout.first();
    updateScrollBars();
    viewport()->update();
    announceSelection();
    Q_EMIT selectionChanged();
}

void BracketView::setTableNames(TableNames names)
{
    m_tables = std::move(names);
    viewport()->update();
}

void BracketView::selectMatch(int matchId)
{
    if (!m_layout.boxes.count(matchId) || m_selected == matchId)
        return;
    m_selected = matchId;
    ensureSelectedVisible();
    viewport()->update();
    announceSelection();
    Q_EMIT selectionChanged();
}

void BracketView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-6)
        return;
    m_zoom = zoom;
    updateScrollBars();
    ensureSelectedVisible();
    viewport()->update();
}

void BracketView::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void BracketView::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void BracketView::resetZoom()
{
    setZoom(1.0);
}

QRect BracketView::boxRect(int matchId) const
{
    const auto box = m_layout.boxes.find(matchId);
    if (box == m_layout.boxes.end())
        return {};
    const QRectF scaled(box->second.topLeft() * m_zoom, box->second.size() * m_zoom);
    return scaled.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value())
        .toAlignedRect();
}

std::optional<int> BracketView::matchAt(const QPoint &pos) const
{
    return m_layout.matchAt(toLayout(pos));
}

std::vector<int> BracketView::shownMatches() const
{
    std::vector<int> shown;
    for (const auto &[id, box] : m_layout.boxes)
        shown.push_back(id);
    return shown;
}

QString BracketView::matchName(int matchId) const
{
    return matchSentence(m_view, matchId, m_tables);
}

QSize BracketView::sizeHint() const
{
    return QSize(900, 600);
}

QPointF BracketView::toLayout(const QPoint &pos) const
{
    return QPointF(pos.x() + horizontalScrollBar()->value(), pos.y() + verticalScrollBar()->value())
           / m_zoom;
}

void BracketView::updateScrollBars()
{
    const QSize content = (m_layout.size * m_zoom).toSize();
    const QSize shown = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - shown.width()));
    horizontalScrollBar()->setPageStep(shown.width());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - shown.height()));
    verticalScrollBar()->setPageStep(shown.height());
}

void BracketView::ensureSelectedVisible()
{
    if (!m_selected)
        return;
    const QRect box = boxRect(*m_selected).adjusted(-24, -36, 24, 24); // with its heading
    const QRect shown = viewport()->rect();
    QScrollBar *h = horizontalScrollBar();
    QScrollBar *v = verticalScrollBar();
    if (box.left() < shown.left())
        h->setValue(h->value() + box.left());
    else if (box.right() > shown.right())
        h->setValue(h->value() + std::min(box.right() - shown.right(), box.left()));
    if (box.top() < shown.top())
        v->setValue(v->value() + box.top());
    else if (box.bottom() > shown.bottom())
        v->setValue(v->value() + std::min(box.bottom() - shown.bottom(), box.top()));
}

void BracketView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), kBackground);
    if (m_layout.boxes.empty()) {
        painter.setPen(QColor(0x78, 0x90, 0x9c));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         int(Qt::AlignCenter | Qt::TextWordWrap),
                         Tr::tr("The draw is made when sign-up closes: Make the Draw."));
        return;
    }
    painter.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    painter.scale(m_zoom, m_zoom);
    BracketMarks marks;
    marks.selected = m_selected;
    marks.focused = hasFocus();
    marks.tables = m_tables;
    paintBracket(painter, m_view, m_layout, marks);
}

void BracketView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void BracketView::askForResult()
{
    if (!m_selected)
        return;
    const venue::BracketMatch &match = m_view.draw.matches.at(size_t(*m_selected));
    if (match.played()) {
        Q_EMIT refused(Tr::tr("%1 has its result: take it back first to record another.")
                           .arg(matchNumber(match.id)));
    } else if (match.decided) {
        Q_EMIT refused(Tr::tr("%1 is not played.").arg(matchNumber(match.id)));
    } else if (!match.entrantA || !match.entrantB) {
        Q_EMIT refused(Tr::tr("%1 waits for its players.").arg(matchNumber(match.id)));
    } else {
        Q_EMIT resultRequested(match.id);
    }
}

void BracketView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    if (control && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (control && event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (control && event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_selected) {
            if (const std::optional<int> first = m_layout.first())
                selectMatch(*first);
        } else if (const std::optional<int> next = m_layout.neighbour(*m_selected, event->key())) {
            selectMatch(*next);
        }
        return;
    case Qt::Key_Home:
        if (const std::optional<int> first = m_layout.first())
            selectMatch(*first);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: askForResult(); return;
    case Qt::Key_T:
        if (m_selected && event->modifiers() == Qt::NoModifier) {
            Q_EMIT nextTableRequested(*m_selected);
            return;
        }
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void BracketView::mousePressEvent(QMouseEvent *event)
{
    if (const std::optional<int> match = matchAt(event->position().toPoint()))
        selectMatch(*match);
    setFocus(Qt::MouseFocusReason);
}

void BracketView::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept(); // the press selected already
}

void BracketView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const std::optional<int> match = matchAt(event->position().toPoint())) {
        selectMatch(*match);
        askForResult();
    }
}

void BracketView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void BracketView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceSelection();
    viewport()->update();
}

void BracketView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool BracketView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<int> match = matchAt(help->pos()))
            QToolTip::showText(help->globalPos(), matchName(*match), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void BracketView::announceSelection()
{
    // What a screen reader says as the selection moves: the whole match.
    const QString text = m_selected ? matchName(*m_selected) : QString();
    announceToScreenReaders(this, text, m_selected);
}

} // namespace dojo::ui
