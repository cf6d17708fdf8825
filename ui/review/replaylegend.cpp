#include "review/replaylegend.h"

#include "common/uitr.h"
#include "review/replaycolours.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

#include <functional>

namespace dojo::ui {
namespace {

constexpr int kMark = 22;

QPixmap mark(qreal ratio, const std::function<void(QPainter &)> &draw)
{
    QPixmap pixmap(QSize(kMark, kMark) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(QColor(0x2a, 0x4d, 0x7a)); // the cloth the marks are drawn on
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    draw(painter);
    return pixmap;
}

} // namespace

ReplayLegend::ReplayLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replayLegend"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const qreal ratio = devicePixelRatioF();
    const QPointF centre(kMark / 2.0, kMark / 2.0);
    const std::vector<std::pair<QPixmap, QString>> rows{
        {mark(ratio,
              [&](QPainter &p) {
                  p.setPen(QPen(ReplayColours::firstContact(), 2.5));
                  p.drawEllipse(centre, 7.5, 7.5);
              }),
         Tr::tr("Where the cue ball first touched a ball.")},
        {mark(ratio,
              [&](QPainter &p) {
                  p.setPen(QPen(ReplayColours::railContact(), 2));
                  p.drawRect(QRectF(5, 5, 12, 12));
              }),
         Tr::tr("Where a ball met a rail after the first contact.")},
        {mark(ratio,
              [&](QPainter &p) {
                  const QColor orange = ReplayColours::pocketed();
                  p.setPen(QPen(orange, 2));
                  p.setBrush(QColor(orange.red(), orange.green(), orange.blue(), 110));
                  p.drawEllipse(centre, 8, 8);
              }),
         Tr::tr("A pocket a ball dropped into, with the ball's number.")},
        {mark(ratio,
              [&](QPainter &p) {
                  p.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
                  p.drawEllipse(centre, 7, 7);
              }),
         Tr::tr("A hidden ball: the camera did not see it in this frame.")},
        {mark(ratio,
              [&](QPainter &p) {
                  p.setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap));
                  p.drawLine(QPointF(3, 18), QPointF(19, 4));
              }),
         Tr::tr("A ball's path so far; the older part fades.")},
    };
    int row = 0;
    for (const auto &[pixmap, text] : rows) {
        auto *icon = new QLabel(this);
        icon->setPixmap(pixmap);
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        grid->addWidget(icon, row, 0, Qt::AlignTop);
        grid->addWidget(label, row, 1);
        ++row;
    }
    auto *unknown
        = new QLabel(Tr::tr("“?” marks a ball the tracker has not identified yet."), this);
    unknown->setWordWrap(true);
    grid->addWidget(unknown, row, 0, 1, 2);
    grid->setColumnStretch(1, 1);
}

} // namespace dojo::ui
