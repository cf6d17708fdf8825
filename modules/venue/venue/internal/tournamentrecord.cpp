#include "venue/internal/tournamentrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace dojo::venue::internal {

namespace {

const QString kGrandFinal = QStringLiteral("grand_final");
const QString kThirdPlace = QStringLiteral("third_place");
const QString kSwissRounds = QStringLiteral("swiss_rounds");
const QString kGroups = QStringLiteral("groups");
const QString kRaceTo = QStringLiteral("race_to");
const QString kRacesByRound = QStringLiteral("races_by_round");
const QString kFinalRaceTo = QStringLiteral("final_race_to");
const QString kHandicapped = QStringLiteral("handicapped");

} // namespace

storage::TournamentRecord recordOf(const TournamentSettings &settings)
{
    storage::TournamentRecord record;
    record.name = settings.name;
    record.game = settings.game;
    record.format = formatKey(settings.draw.format);
    QJsonArray races;
    for (const int race : settings.racesByRound)
        races.append(race);
    record.options = QJsonObject{{kGrandFinal, settings.draw.grandFinal == GrandFinal::Simple
                                                   ? QStringLiteral("simple")
                                                   : QStringLiteral("double")},
                                 {kThirdPlace, settings.draw.thirdPlace},
                                 {kSwissRounds, settings.draw.swissRounds},
                                 {kGroups, settings.draw.groups},
                                 {kRaceTo, settings.raceTo},
                                 {kRacesByRound, races},
                                 {kFinalRaceTo, settings.finalRaceTo},
                                 {kHandicapped, settings.handicapped}};
    record.startsAt = settings.startsAt;
    record.entryFeeCents = settings.entryFee;
    record.addedMoneyCents = settings.addedMoney;
    QStringList percents;
    for (const int percent : settings.payoutPercents)
        percents.append(QString::number(percent));
    record.payouts = percents.join(QLatin1Char(','));
    record.maxPlayers = settings.maxPlayers;
    record.seeding = settings.seedByRating ? QStringLiteral("rating") : QStringLiteral("hand");
    return record;
}

Tournament tournamentOf(const storage::TournamentRecord &record)
{
    Tournament tournament;
    tournament.id = record.id;
    tournament.state = tournamentStateFromKey(record.state).value_or(TournamentState::SignUp);
    TournamentSettings &settings = tournament.settings;
    settings.name = record.name;
    settings.game = record.game;
    settings.draw.format = formatFromKey(record.format).value_or(BracketFormat::DoubleElimination);
    const QJsonObject &options = record.options;
    settings.draw.grandFinal = options.value(kGrandFinal).toString() == u"simple"
                                   ? GrandFinal::Simple
                                   : GrandFinal::Double;
    settings.draw.thirdPlace = options.value(kThirdPlace).toBool();
    settings.draw.swissRounds = options.value(kSwissRounds).toInt();
    settings.draw.groups = std::max(options.value(kGroups).toInt(1), 1);
    settings.raceTo = std::max(options.value(kRaceTo).toInt(5), 1);
    for (const QJsonValue &race : options.value(kRacesByRound).toArray())
        settings.racesByRound.push_back(std::max(race.toInt(1), 1));
    settings.finalRaceTo = options.value(kFinalRaceTo).toInt();
    settings.handicapped = options.value(kHandicapped).toBool();
    settings.startsAt = record.startsAt;
    settings.entryFee = record.entryFeeCents;
    settings.addedMoney = record.addedMoneyCents;
    settings.payoutPercents.clear();
    for (const QString &percent : record.payouts.split(QLatin1Char(','), Qt::SkipEmptyParts))
        settings.payoutPercents.push_back(percent.trimmed().toInt());
    settings.maxPlayers = record.maxPlayers;
    settings.seedByRating = record.seeding != u"hand";
    return tournament;
}

QString entryStateKey(EntryState state)
{
    switch (state) {
    case EntryState::Entered: return QStringLiteral("entered");
    case EntryState::CheckedIn: return QStringLiteral("checked-in");
    case EntryState::NoShow: return QStringLiteral("no-show");
    case EntryState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

EntryState entryStateFromKey(const QString &key)
{
    for (const EntryState state :
         {EntryState::Entered, EntryState::CheckedIn, EntryState::NoShow, EntryState::Withdrawn}) {
        if (entryStateKey(state) == key)
            return state;
    }
    return EntryState::Entered;
}

} // namespace dojo::venue::internal
