#include "review/overruledialog.h"

#include "common/uitr.h"
#include "review/shottext.h"

#include <core/ball.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

constexpr int kOpenTable = -1;

} // namespace

OverruleDialog::OverruleDialog(const rules::Correction &now, const std::array<QString, 2> &players,
                               QWidget *parent)
    : RefereeDialog(Tr::tr("Overrule"), true, parent)
    , m_original(now)
{
    setObjectName(QStringLiteral("overruleDialog"));
    setWindowTitle(Tr::tr("Overrule the last ruling"));
    const rules::RackState &rack = now.rack;

    addExplanation(
        Tr::tr("Set the table as it should stand after the last shot; play goes on from here."));

    auto *form = new QFormLayout;
    m_turn = new QComboBox(this);
    m_turn->setObjectName(QStringLiteral("turnCombo"));
    for (rules::Seat seat : {0, 1})
        m_turn->addItem(players[size_t(seat)], seat);
    form->addRow(Tr::tr("&Shoots next:"), m_turn);

    m_ballInHand = new QComboBox(this);
    m_ballInHand->setObjectName(QStringLiteral("ballInHandCombo"));
    for (rules::BallInHand hand : {rules::BallInHand::None, rules::BallInHand::Anywhere,
                                   rules::BallInHand::BehindHeadString})
        m_ballInHand->addItem(ShotText::ballInHandName(hand), int(hand));
    form->addRow(Tr::tr("&Ball in hand:"), m_ballInHand);

    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("groupsCombo"));
    m_groups->addItem(Tr::tr("Open table: no groups yet"), kOpenTable);
    m_groups->addItem(Tr::tr("%1 has the solids, %2 the stripes").arg(players[0], players[1]),
                      int(rules::Group::Solids));
    m_groups->addItem(Tr::tr("%1 has the stripes, %2 the solids").arg(players[0], players[1]),
                      int(rules::Group::Stripes));
    if (rack.game == rules::Game::EightBall)
        form->addRow(Tr::tr("&Groups:"), m_groups);
    else
        m_groups->hide();

    auto *onTable = new QGridLayout;
    onTable->setHorizontalSpacing(10);
    const rules::BallSet rackBalls = rules::fullRack(rack.game);
    int shown = 0;
    for (int ball = 1; ball <= kHighestBall; ++ball) {
        auto *box = new QCheckBox(QString::number(ball), this);
        box->setObjectName(QStringLiteral("onTableCheck%1").arg(ball));
        box->setAccessibleName(Tr::tr("The %1 is on the table").arg(ShotText::ballName(ball)));
        m_onTable[size_t(ball)] = box;
        if (!rackBalls.contains(ball) && !rack.onTable.contains(ball)) {
            box->hide();
            continue;
        }
        const int columns = rackBalls.size() <= 10 ? 10 : 8;
        onTable->addWidget(box, shown / columns, shown % columns);
        ++shown;
    }
    form->addRow(Tr::tr("On the table:"), onTable);

    for (rules::Seat seat : {0, 1}) {
        auto *line = new QHBoxLayout;
        m_score[size_t(seat)] = new QSpinBox(this);
        m_score[size_t(seat)]->setObjectName(QStringLiteral("scoreSpin%1").arg(seat));
        m_score[size_t(seat)]->setRange(-999, 999);
        m_fouls[size_t(seat)] = new QSpinBox(this);
        m_fouls[size_t(seat)]->setObjectName(QStringLiteral("foulsSpin%1").arg(seat));
        m_fouls[size_t(seat)]->setRange(0, 3);
        line->addWidget(new QLabel(Tr::tr("Score"), this));
        line->addWidget(m_score[size_t(seat)]);
        line->addSpacing(16);
        line->addWidget(new QLabel(Tr::tr("Fouls in a row"), this));
        line->addWidget(m_fouls[size_t(seat)]);
        line->addStretch(1);
        form->addRow(Tr::tr("%1:").arg(players[size_t(seat)]), line);
    }
    body()->addLayout(form);

    setTurn(rack.turn);
    setBallInHand(rack.ballInHand);
    setGroupOfFirstSeat(rack.groupOfFirstSeat);
    for (int ball = 1; ball <= kHighestBall; ++ball)
        setOnTable(ball, rack.onTable.contains(ball));
    for (rules::Seat seat : {0, 1}) {
        setFoulsInARow(seat, rack.foulsInARow[size_t(seat)]);
        setScore(seat, now.score[size_t(seat)]);
    }
    m_turn->setFocus();
}

void OverruleDialog::setTurn(rules::Seat seat)
{
    m_turn->setCurrentIndex(seat == 1 ? 1 : 0);
}

void OverruleDialog::setBallInHand(rules::BallInHand ballInHand)
{
    m_ballInHand->setCurrentIndex(m_ballInHand->findData(int(ballInHand)));
}

void OverruleDialog::setOnTable(int ball, bool onTable)
{
    if (isObjectBall(ball))
        m_onTable[size_t(ball)]->setChecked(onTable);
}

void OverruleDialog::setGroupOfFirstSeat(std::optional<rules::Group> group)
{
    m_groups->setCurrentIndex(m_groups->findData(group ? int(*group) : kOpenTable));
}

void OverruleDialog::setFoulsInARow(rules::Seat seat, int fouls)
{
    m_fouls[size_t(seat == 1)]->setValue(fouls);
}

void OverruleDialog::setScore(rules::Seat seat, int score)
{
    m_score[size_t(seat == 1)]->setValue(score);
}

rules::Correction OverruleDialog::correction() const
{
    rules::Correction correction = m_original;
    rules::RackState &rack = correction.rack;
    rack.turn = m_turn->currentData().toInt();
    rack.ballInHand = rules::BallInHand(m_ballInHand->currentData().toInt());
    if (rack.game == rules::Game::EightBall) {
        const int group = m_groups->currentData().toInt();
        rack.groupOfFirstSeat
            = group == kOpenTable ? std::nullopt : std::optional<rules::Group>(rules::Group(group));
    }
    rack.onTable = {};
    for (int ball = 1; ball <= kHighestBall; ++ball)
        if (m_onTable[size_t(ball)]->isChecked())
            rack.onTable.insert(ball);
    for (rules::Seat seat : {0, 1}) {
        rack.foulsInARow[size_t(seat)] = m_fouls[size_t(seat)]->value();
        correction.score[size_t(seat)] = m_score[size_t(seat)]->value();
    }
    return correction;
}

} // namespace dojo::ui
