// A player's request before the next shot (a tap at the table, a phone), checked against the
// match as it stands: whose turn, what the game lets be called, the options offered, the
// break and the end of the match; and the sentence the table reads out.

#include "../rules/rackplay.h"

#include <venue/playerrequest.h>

#include <QTest>

using namespace dojo;
using namespace dojo::rules;
using namespace dojo::rules::play;
using dojo::venue::PlayerRequest;

namespace {

const std::array<QString, 2> kPlayers = {QStringLiteral("Ada"), QStringLiteral("Bo")};

// A legal nine-ball break that pockets the 2: the breaker stays at the table.
Shot breakPotsTwo()
{
    return breakShot().hits(1).pots(2).rails({5});
}

// A legal break that pockets nothing: the opponent is at the table.
Shot quietBreak()
{
    return breakShot().hits(1).rails({2, 3, 4, 6});
}

// 8-ball: a legal break pocketing the 3; the breaker continues, the table open.
Shot eightBallBreakPotsThree()
{
    return breakShot().hits(1).pots(3).rails({9});
}

// 8-ball: nothing pocketed, three object balls and the cue ball to a cushion.
Shot illegalEightBallBreak()
{
    return breakShot().hits(1).rails({0, 2, 3, 5});
}

PlayerRequest call(int ball, PocketId pocket = FootLeft)
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::Call;
    request.call = Call{false, ball, pocket};
    return request;
}

PlayerRequest safety()
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::Safety;
    return request;
}

PlayerRequest pushOutRequest()
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::PushOut;
    return request;
}

PlayerRequest choose(Choice choice)
{
    PlayerRequest request;
    request.kind = PlayerRequest::Kind::Choose;
    request.choice = choice;
    return request;
}

MatchSetup raceTo(Game game, int racks)
{
    MatchSetup setup = setupFor(game);
    setup.raceTo = racks;
    return setup;
}

} // namespace

Q_DECLARE_METATYPE(dojo::venue::PlayerRequest)

class tst_PlayerRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkRequest_data();
    void checkRequest();
    void requestSentence_data();
    void requestSentence();
};

// Each row plays its steps through a match, then asks from `seat`; `refusal` empty: allowed.
void tst_PlayerRequest::checkRequest_data()
{
    QTest::addColumn<MatchSetup>("setup");
    QTest::addColumn<Steps>("steps");
    QTest::addColumn<int>("seat");
    QTest::addColumn<PlayerRequest>("request");
    QTest::addColumn<QString>("refusal");

    const MatchSetup nine = setupFor(Game::NineBall);
    const MatchSetup eight = setupFor(Game::EightBall);
    const MatchSetup ten = setupFor(Game::TenBall);
    const Steps aSolids{eightBallBreakPotsThree(), made(1)}; // A keeps the table with solids
    const Steps bChooses{quietBreak(), Shot().pushOut()};    // B pushed out: A chooses

    QTest::newRow("not your turn")
        << nine << Steps{quietBreak()} << int(A) << safety() << QStringLiteral("It is Bo's turn.");
    QTest::newRow("not your turn, the other way round")
        << nine << Steps{breakPotsTwo()} << int(B) << safety()
        << QStringLiteral("It is Ada's turn.");
    QTest::newRow("safety at turn")
        << nine << Steps{breakPotsTwo()} << int(A) << safety() << QString();
    QTest::newRow("nine-ball: a call") << nine << Steps{breakPotsTwo()} << int(A) << call(9)
                                       << QStringLiteral("Shots are not called in 9-ball.");
    QTest::newRow("ten-ball: a call")
        << ten << Steps{breakPotsTwo()} << int(A) << call(10, SideRight) << QString();
    QTest::newRow("eight-ball open table: the 8")
        << eight << Steps{eightBallBreakPotsThree()} << int(A) << call(8)
        << QStringLiteral("The 8 cannot be called while the table is open.");
    QTest::newRow("eight-ball open table: a solid")
        << eight << Steps{eightBallBreakPotsThree()} << int(A) << call(1, HeadRight) << QString();
    QTest::newRow("eight-ball open table: a stripe")
        << eight << Steps{eightBallBreakPotsThree()} << int(A) << call(12) << QString();
    QTest::newRow("eight-ball solids: a stripe")
        << eight << aSolids << int(A) << call(10)
        << QStringLiteral("The 10 is a stripe: call one of the solids.");
    QTest::newRow("eight-ball solids: the 8 before the group is cleared")
        << eight << aSolids << int(A) << call(8)
        << QStringLiteral("The 8 can be called only once the group is cleared.");
    QTest::newRow("eight-ball solids: a solid")
        << eight << aSolids << int(A) << call(2) << QString();
    QTest::newRow("eight-ball: a ball pocketed already")
        << eight << aSolids << int(A) << call(3) << QStringLiteral("The 3 is not on the table.");
    QTest::newRow("ten-ball: a ball pocketed on the break")
        << ten << Steps{breakPotsTwo()} << int(A) << call(2)
        << QStringLiteral("The 2 is not on the table.");
    QTest::newRow("push-out right after the break, by the breaker")
        << nine << Steps{breakPotsTwo()} << int(A) << pushOutRequest() << QString();
    QTest::newRow("push-out right after a quiet break, by the incoming player")
        << nine << Steps{quietBreak()} << int(B) << pushOutRequest() << QString();
    QTest::newRow("push-out later")
        << nine << Steps{breakPotsTwo(), hit(1).pots(1)} << int(A) << pushOutRequest()
        << QStringLiteral("A push-out is allowed only on the shot after the "
                          "break.");
    QTest::newRow("push-out choice: hand back")
        << nine << bChooses << int(A) << choose(Choice::HandBack) << QString();
    QTest::newRow("push-out choice: shoot")
        << nine << bChooses << int(A) << choose(Choice::Shoot) << QString();
    QTest::newRow("push-out choice: not offered")
        << nine << bChooses << int(A) << choose(Choice::Accept)
        << QStringLiteral("That choice is not offered now.");
    QTest::newRow("push-out choice: from the pusher")
        << nine << bChooses << int(B) << choose(Choice::Shoot)
        << QStringLiteral("It is Ada's turn.");
    QTest::newRow("a safety while a choice is pending")
        << nine << bChooses << int(A) << safety()
        << QStringLiteral("Choose first: the last ruling offered a choice.");
    QTest::newRow("a push-out while a choice is pending")
        << nine << bChooses << int(A) << pushOutRequest()
        << QStringLiteral("Choose first: the last ruling offered a choice.");
    QTest::newRow("a call while a choice is pending")
        << eight << Steps{illegalEightBallBreak()} << int(B) << call(1)
        << QStringLiteral("Choose first: the last ruling offered a choice.");
    QTest::newRow("eight-ball illegal break: accept")
        << eight << Steps{illegalEightBallBreak()} << int(B) << choose(Choice::Accept) << QString();
    QTest::newRow("eight-ball illegal break: re-rack and break")
        << eight << Steps{illegalEightBallBreak()} << int(B) << choose(Choice::RerackAndBreak)
        << QString();
    QTest::newRow("eight-ball illegal break: hand back is not offered")
        << eight << Steps{illegalEightBallBreak()} << int(B) << choose(Choice::HandBack)
        << QStringLiteral("That choice is not offered now.");
    QTest::newRow("a choice with none offered")
        << nine << Steps{breakPotsTwo()} << int(A) << choose(Choice::Shoot)
        << QStringLiteral("No choice is offered now.");
    QTest::newRow("break due: a safety")
        << nine << Steps{} << int(A) << safety()
        << QStringLiteral("The break comes first: it is not called.");
    QTest::newRow("break due: a call in 8-ball")
        << eight << Steps{} << int(A) << call(1)
        << QStringLiteral("The break comes first: it is not called.");
    QTest::newRow("break due after a rack is won")
        << raceTo(Game::NineBall, 2) << Steps{breakShot().hits(1).pots(9).rails({3})} << int(B)
        << safety() << QStringLiteral("The break comes first: it is not called.");
    QTest::newRow("match over") << raceTo(Game::NineBall, 1)
                                << Steps{breakShot().hits(1).pots(9).rails({3})} << int(A)
                                << safety() << QStringLiteral("The match is over.");
    QTest::newRow("match over, the loser asks")
        << raceTo(Game::NineBall, 1) << Steps{breakShot().hits(1).pots(9).rails({3})} << int(B)
        << call(1) << QStringLiteral("The match is over.");
}

void tst_PlayerRequest::checkRequest()
{
    QFETCH(MatchSetup, setup);
    QFETCH(Steps, steps);
    QFETCH(int, seat);
    QFETCH(PlayerRequest, request);
    QFETCH(QString, refusal);

    Match match(setup);
    if (!steps.isEmpty()) {
        const Played played = playAll(match, steps);
        QVERIFY2(played.error.isEmpty(), qPrintable(played.error));
    }
    const Result<void> checked = venue::checkRequest(match, kPlayers, Seat(seat), request);
    if (refusal.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error()));
    } else {
        QVERIFY2(!checked, "the request was allowed");
        QCOMPARE(checked.error(), refusal);
    }
}

void tst_PlayerRequest::requestSentence_data()
{
    QTest::addColumn<PlayerRequest>("request");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("call, foot-left")
        << call(9, FootLeft) << QStringLiteral("Ada calls the 9 in the foot-left pocket.");
    QTest::newRow("call, side-right")
        << call(12, SideRight) << QStringLiteral("Ada calls the 12 in the right side pocket.");
    QTest::newRow("call, head-left")
        << call(1, HeadLeft) << QStringLiteral("Ada calls the 1 in the head-left pocket.");
    QTest::newRow("safety") << safety() << QStringLiteral("Ada plays a safety.");
    QTest::newRow("push-out") << pushOutRequest() << QStringLiteral("Ada announces a push-out.");
    QTest::newRow("hand back") << choose(Choice::HandBack)
                               << QStringLiteral("Ada hands the table back.");
    QTest::newRow("accept") << choose(Choice::Accept) << QStringLiteral("Ada accepts the table.");
    QTest::newRow("respot the 8") << choose(Choice::RespotEight)
                                  << QStringLiteral("Ada has the 8 spotted.");
}

void tst_PlayerRequest::requestSentence()
{
    QFETCH(PlayerRequest, request);
    QFETCH(QString, sentence);

    QCOMPARE(venue::requestSentence(request, kPlayers[0]), sentence);
}

QTEST_GUILESS_MAIN(tst_PlayerRequest)
#include "tst_playerrequest.moc"
