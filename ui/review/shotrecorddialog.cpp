#include "review/shotrecorddialog.h"

#include "common/uitr.h"
#include "review/shottext.h"

#include <core/ball.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {
namespace {

// The ball as it looks: its colour, a stripe's white cap, the cue ball white.
QPixmap ballSwatch(int number, qreal ratio)
{
    constexpr int size = 16;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const Ball &kind = ball(number);
    const QColor colour
        = kind.kind == BallKind::Cue ? QColor(0xf7, 0xf4, 0xea) : QColor::fromRgb(kind.rgb);
    const QRectF disc(1, 1, size - 2, size - 2);
    painter.setPen(QPen(QColor(0, 0, 0, 150), 1));
    painter.setBrush(kind.kind == BallKind::Stripe ? QColor(0xf7, 0xf4, 0xea) : colour);
    painter.drawEllipse(disc);
    if (kind.kind == BallKind::Stripe) {
        QPainterPath round;
        round.addEllipse(disc);
        painter.setClipPath(round);
        painter.fillRect(QRectF(0, size * 0.28, size, size * 0.44), colour);
    }
    return pixmap;
}

} // namespace

ShotRecordDialog::ShotRecordDialog(int number, const ShotRecord &shot, QWidget *parent)
    : RefereeDialog(Tr::tr("Rule Again"), true, parent)
    , m_original(shot)
{
    setObjectName(QStringLiteral("shotRecordDialog"));
    setWindowTitle(Tr::tr("Edit shot %1").arg(number));

    addExplanation(
        Tr::tr("Correct what the camera got wrong; the shot is then ruled on your record."));

    auto *form = new QFormLayout;
    m_break = new QCheckBox(Tr::tr("This shot was the &break"), this);
    m_break->setObjectName(QStringLiteral("breakCheck"));
    m_break->setChecked(shot.isBreak);
    form->addRow(m_break);
    m_firstContact = new QComboBox(this);
    m_firstContact->setObjectName(QStringLiteral("firstContactCombo"));
    m_firstContact->addItem(Tr::tr("None: the cue ball hit no ball"), -1);
    for (int ball = 1; ball <= kHighestBall; ++ball)
        m_firstContact->addItem(ShotText::ballName(ball), ball);
    form->addRow(Tr::tr("&First contact:"), m_firstContact);
    body()->addLayout(form);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(2);
    const QStringList headings{Tr::tr("Ball"), Tr::tr("Pocketed in"), Tr::tr("Rail after contact"),
                               Tr::tr("Off the table")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings[column], this);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, column);
    }
    QWidget *previous = m_firstContact;
    for (int ball = 0; ball <= kHighestBall; ++ball) {
        Row &row = m_rows[size_t(ball)];
        const QString name = ShotText::ballName(ball);
        auto *label = new QLabel(ball == kCueBall ? Tr::tr("Cue ball") : name, this);
        auto *swatch = new QLabel(this);
        swatch->setPixmap(ballSwatch(ball, devicePixelRatioF()));
        row.pocket = new QComboBox(this);
        row.pocket->setObjectName(QStringLiteral("pocketCombo%1").arg(ball));
        row.pocket->setAccessibleName(Tr::tr("Pocket of the %1").arg(name));
        row.pocket->addItem(Tr::tr("Not pocketed"), -1);
        for (PocketId pocket : kAllPockets)
            row.pocket->addItem(ShotText::pocketName(pocket), int(pocket));
        row.rail = new QCheckBox(this);
        row.rail->setObjectName(QStringLiteral("railCheck%1").arg(ball));
        row.rail->setAccessibleName(Tr::tr("The %1 reached a rail after contact").arg(name));
        row.offTable = new QCheckBox(this);
        row.offTable->setObjectName(QStringLiteral("offTableCheck%1").arg(ball));
        row.offTable->setAccessibleName(Tr::tr("The %1 left the table").arg(name));
        auto *named = new QHBoxLayout;
        named->setSpacing(6);
        named->addWidget(swatch);
        named->addWidget(label, 1);
        grid->addLayout(named, ball + 1, 0);
        grid->addWidget(row.pocket, ball + 1, 1);
        grid->addWidget(row.rail, ball + 1, 2, Qt::AlignHCenter);
        grid->addWidget(row.offTable, ball + 1, 3, Qt::AlignHCenter);
        setTabOrder(previous, row.pocket);
        setTabOrder(row.pocket, row.rail);
        setTabOrder(row.rail, row.offTable);
        previous = row.offTable;
    }
    body()->addLayout(grid);

    setFirstContact(shot.firstContact);
    for (const PocketedBall &pocketed : shot.pocketed)
        setPocketed(pocketed.ball, pocketed.pocket);
    for (int ball : shot.rails)
        setRail(ball, true);
    for (int ball : shot.offTable)
        setOffTable(ball, true);
    m_firstContact->setFocus();
}

void ShotRecordDialog::setPocketed(int ball, std::optional<PocketId> pocket)
{
    if (!isBallNumber(ball))
        return;
    QComboBox *combo = m_rows[size_t(ball)].pocket;
    combo->setCurrentIndex(pocket ? combo->findData(int(*pocket)) : 0);
}

void ShotRecordDialog::setRail(int ball, bool rail)
{
    if (isBallNumber(ball))
        m_rows[size_t(ball)].rail->setChecked(rail);
}

void ShotRecordDialog::setOffTable(int ball, bool offTable)
{
    if (isBallNumber(ball))
        m_rows[size_t(ball)].offTable->setChecked(offTable);
}

void ShotRecordDialog::setFirstContact(std::optional<int> ball)
{
    m_firstContact->setCurrentIndex(ball ? std::max(0, m_firstContact->findData(*ball)) : 0);
}

void ShotRecordDialog::setBreak(bool isBreak)
{
    m_break->setChecked(isBreak);
}

ShotRecord ShotRecordDialog::shot() const
{
    ShotRecord shot = m_original;
    shot.isBreak = m_break->isChecked();
    const int contact = m_firstContact->currentData().toInt();
    shot.firstContact = contact > 0 ? std::optional<int>(contact) : std::nullopt;

    // Balls that stay pocketed keep the order they dropped in; new ones follow.
    std::vector<PocketedBall> pocketed;
    auto pocketOf = [this](int ball) -> std::optional<PocketId> {
        const int data = m_rows[size_t(ball)].pocket->currentData().toInt();
        return data < 0 ? std::nullopt : std::optional<PocketId>(PocketId(data));
    };
    for (const PocketedBall &before : m_original.pocketed)
        if (isBallNumber(before.ball))
            if (const std::optional<PocketId> pocket = pocketOf(before.ball))
                pocketed.push_back({before.ball, *pocket});
    for (int ball = 0; ball <= kHighestBall; ++ball) {
        const std::optional<PocketId> pocket = pocketOf(ball);
        const bool listed = std::any_of(pocketed.begin(), pocketed.end(),
                                        [ball](const PocketedBall &p) { return p.ball == ball; });
        if (pocket && !listed)
            pocketed.push_back({ball, *pocket});
    }
    shot.pocketed = pocketed;

    shot.rails.clear();
    shot.offTable.clear();
    for (int ball = 0; ball <= kHighestBall; ++ball) {
        if (m_rows[size_t(ball)].rail->isChecked())
            shot.rails.push_back(ball);
        if (m_rows[size_t(ball)].offTable->isChecked())
            shot.offTable.push_back(ball);
    }
    return shot;
}

} // namespace dojo::ui
