#include "commandline.h"

#include "apptext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace dojo::app {
namespace {

// "dojopool help [COMMAND]" is the help's, not a command of its own.
constexpr QLatin1String kHelpWord("help");
constexpr qsizetype kHelpWidth = 79;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              AppText::tr("Show this help; after a command, that command's."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                              AppText::tr("Show the version."));
}

// The options a command takes besides --help and --version: the venue's, then its own.
std::vector<QCommandLineOption> optionsOf(const Command &command)
{
    std::vector<QCommandLineOption> options;
    if (command.opensVenue)
        options = venueOptions();
    options.insert(options.end(), command.options.begin(), command.options.end());
    return options;
}

bool takesOption(const Command &command, const QString &name)
{
    const std::vector<QCommandLineOption> options = optionsOf(command);
    return std::any_of(options.begin(), options.end(), [&](const QCommandLineOption &option) {
        return option.names().contains(name);
    });
}

bool takesTwoWords(const Command &command, const QString &name)
{
    return std::find(command.pairOptions.begin(), command.pairOptions.end(), name)
           != command.pairOptions.end();
}

// How many of the next arguments the argument takes as its values, as an option of any command:
// 0, 1, or 2 for an option that takes two words.
int valuesTaken(const QString &argument, const std::vector<Command> &commands)
{
    if (!argument.startsWith(u'-') || argument.contains(u'='))
        return 0;
    const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    int taken = 0;
    for (const Command &command : commands) {
        if (takesTwoWords(command, name))
            return 2;
        for (const QCommandLineOption &option : optionsOf(command)) {
            if (!option.valueName().isEmpty() && option.names().contains(name))
                taken = 1;
        }
    }
    return taken;
}

// An option rather than a value: "-x" or "--name", but not "-" or a number such as "-3".
bool isOptionWord(const QString &word)
{
    if (word.size() < 2 || !word.startsWith(u'-'))
        return false;
    bool number = false;
    word.toDouble(&number);
    return !number;
}

// The command's two-word options (Command::pairOptions) given twice, so that QCommandLineParser
// reads both words: `--race 7 5` becomes `--race 7 --race 5`. Refused when one is not followed
// by two values.
Result<QStringList> spreadPairOptions(const QStringList &arguments, const Command &command)
{
    QStringList spread;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            spread += arguments.mid(i);
            break;
        }
        const QString name = argument.startsWith(QLatin1String("--"))
                                 ? argument.mid(2).section(u'=', 0, 0)
                                 : QString();
        if (i == 0 || name.isEmpty() || !takesTwoWords(command, name)) {
            spread.append(argument);
            continue;
        }
        if (argument.contains(u'=') || i + 2 >= arguments.size()
            || isOptionWord(arguments.at(i + 1)) || isOptionWord(arguments.at(i + 2))) {
            const auto option = std::find_if(
                command.options.begin(), command.options.end(),
                [&](const QCommandLineOption &o) { return o.names().contains(name); });
            const QString values
                = option == command.options.end() ? QString() : option->valueName();
            return Unexpected(AppText::tr("--%1 needs two values: --%1 %2").arg(name, values));
        }
        const QString option = QStringLiteral("--") + name;
        spread << option << arguments.at(i + 1) << option << arguments.at(i + 2);
        i += 2;
    }
    return spread;
}

// Where the command's name is (the program's name is at 0): the first argument that is no
// option and no option's value. -1 when there is none.
qsizetype commandNameAt(const QStringList &arguments, const std::vector<Command> &commands)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(u'-') || argument.size() == 1)
            return i;
        i += valuesTaken(argument, commands);
    }
    return -1;
}

const Command *findCommand(const std::vector<Command> &commands, const QString &name)
{
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [&](const Command &command) { return command.name == name; });
    return found == commands.end() ? nullptr : &*found;
}

QString displayName(const Command &command)
{
    return command.name.isEmpty() ? AppText::tr("the window") : command.name;
}

// "a", "a and b", "a, b and c".
QString listed(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return AppText::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}

// The parser's error, or for an option of another command, which commands take it.
QString optionError(const QCommandLineParser &parser, const QString &commandName,
                    const std::vector<Command> &commands)
{
    for (const QString &name : parser.unknownOptionNames()) {
        QStringList owners;
        for (const Command &other : commands) {
            if (takesOption(other, name))
                owners.append(displayName(other));
        }
        if (!owners.isEmpty()) {
            const QString option
                = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            return AppText::tr("%1 is an option of %2; %3 does not take it")
                .arg(option, listed(owners), commandName);
        }
    }
    return parser.errorText();
}

// The line on stderr: what is wrong and where the help is.
QString refusal(const QString &problem, const Command *command)
{
    if (command && !command->name.isEmpty())
        return AppText::tr("%1 (see dojopool %2 --help)").arg(problem, command->name);
    return AppText::tr("%1 (see dojopool --help)").arg(problem);
}

// The help's layout: sections of two columns, the second wrapped to kHelpWidth, as
// QCommandLineParser lays out its options.
struct HelpRow
{
    QString left;
    QString right;
};

struct HelpSection
{
    QString title;
    std::vector<HelpRow> rows;
};

// The words of text wrapped at kHelpWidth: the first line goes on from column start, the
// others start at column indent.
QString wrapped(const QString &text, qsizetype indent, qsizetype start)
{
    QString result;
    qsizetype column = start;
    bool lineHasWords = false;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWords && column + 1 + word.size() > kHelpWidth) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
            lineHasWords = false;
        }
        if (lineHasWords) {
            result += u' ';
            ++column;
        }
        result += word;
        column += word.size();
        lineHasWords = true;
    }
    return result;
}

QString layOut(const QString &usage, const QString &about, const std::vector<HelpSection> &sections,
               const QString &footer)
{
    qsizetype width = 0;
    for (const HelpSection &section : sections) {
        for (const HelpRow &row : section.rows)
            width = std::max(width, row.left.size());
    }
    const qsizetype indent = 2 + width + 2;
    QString text = AppText::tr("Usage: %1").arg(usage) + u'\n' + wrapped(about, 0, 0) + u'\n';
    for (const HelpSection &section : sections) {
        text += u'\n' + section.title + u'\n';
        for (const HelpRow &row : section.rows) {
            text += QStringLiteral("  ") + row.left.leftJustified(width + 2)
                    + wrapped(row.right, indent, indent) + u'\n';
        }
    }
    if (!footer.isEmpty())
        text += u'\n' + wrapped(footer, 0, 0) + u'\n';
    return text;
}

HelpRow optionRow(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString left = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        left += QStringLiteral(" <") + option.valueName() + u'>';
    return {left, option.description()};
}

std::vector<HelpRow> optionRows(const std::vector<QCommandLineOption> &options)
{
    std::vector<HelpRow> rows;
    rows.reserve(options.size());
    for (const QCommandLineOption &option : options)
        rows.push_back(optionRow(option));
    return rows;
}

QString withArguments(const Command &command)
{
    if (command.arguments.isEmpty())
        return command.name;
    return command.name + u' ' + command.arguments;
}

// Every command with its summary, the options every command takes and the window's.
QString generalHelp(const std::vector<Command> &commands)
{
    HelpSection list{AppText::tr("Commands:"), {}};
    for (const Command &command : commands) {
        list.rows.push_back(
            {command.name.isEmpty() ? AppText::tr("(none)") : withArguments(command),
             command.summary});
    }
    list.rows.push_back({kHelpWord + u' ' + AppText::tr("[COMMAND]"), helpSummary()});
    std::vector<HelpSection> sections{
        list,
        {AppText::tr("Options of every command:"), optionRows({helpOption(), versionOption()})}};
    if (const Command *window = findCommand(commands, QString())) {
        const std::vector<QCommandLineOption> options = optionsOf(*window);
        if (!options.empty())
            sections.push_back(
                {AppText::tr("Options of the window (no command):"), optionRows(options)});
    }
    return layOut(
        QStringLiteral("dojopool ") + AppText::tr("[COMMAND] [ARGUMENTS] [OPTIONS]"),
        programAbout(), sections,
        AppText::tr("\"dojopool help COMMAND\" or \"dojopool COMMAND --help\" shows a command's "
                    "arguments and options."));
}

// One command's usage, summary, arguments and options.
QString commandHelp(const Command &command)
{
    std::vector<HelpSection> sections;
    if (!command.arguments.isEmpty())
        sections.push_back(
            {AppText::tr("Arguments:"), {{command.arguments, command.argumentsHelp}}});
    std::vector<QCommandLineOption> options = optionsOf(command);
    options.push_back(helpOption());
    options.push_back(versionOption());
    sections.push_back({AppText::tr("Options:"), optionRows(options)});
    return layOut(QStringLiteral("dojopool ") + withArguments(command) + u' '
                      + AppText::tr("[OPTIONS]"),
                  command.summary, sections, {});
}

} // namespace

std::vector<QCommandLineOption> commandOptions(const Command &command)
{
    return optionsOf(command);
}

std::vector<QCommandLineOption> everyCommandOptions()
{
    return {helpOption(), versionOption()};
}

QString helpWord()
{
    return kHelpWord;
}

QString helpSummary()
{
    return AppText::tr("show this help, or a command's arguments and options");
}

QString programAbout()
{
    return AppText::tr("DojoPool runs a pool venue: table cameras, the automatic referee, players' "
                       "phones and the front desk.");
}

const Command *commandBeforeParsing(int argc, char **argv, const std::vector<Command> &commands)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const qsizetype at = commandNameAt(arguments, commands);
    const QString name = at < 0 ? QString() : arguments.at(at);
    if (name == kHelpWord)
        return nullptr;
    // An unknown word may be the value of one of QApplication's own options (-style fusion).
    const Command *command = findCommand(commands, name);
    if (!command)
        command = findCommand(commands, QString());
    return command;
}

Result<CommandLineParse> parseCommandLine(const QStringList &arguments,
                                          const std::vector<Command> &commands)
{
    CommandLineParse result;
    const qsizetype at = commandNameAt(arguments, commands);
    const QString name = at < 0 ? QString() : arguments.at(at);
    const bool helpWord = name == kHelpWord;
    const Command *command = helpWord ? nullptr : findCommand(commands, name);
    if (!helpWord && !command) {
        return Unexpected(refusal(AppText::tr("unknown command \"%1\"").arg(name), nullptr));
    }

    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOption(help);
    parser.addOption(version);
    const std::vector<QCommandLineOption> options
        = command ? optionsOf(*command) : std::vector<QCommandLineOption>();
    for (const QCommandLineOption &option : options)
        parser.addOption(option);
    Result<QStringList> spread = command ? spreadPairOptions(arguments, *command) : arguments;
    if (!spread)
        return Unexpected(refusal(spread.error(), command));
    if (!parser.parse(*spread)) {
        const QString taker = command ? displayName(*command) : QString(kHelpWord);
        return Unexpected(refusal(optionError(parser, taker, commands), command));
    }
    QStringList positional = parser.positionalArguments();
    if (at >= 0 && !positional.isEmpty())
        positional.removeFirst(); // the command's name

    if (helpWord || parser.isSet(help)) {
        const Command *shown = command && !command->name.isEmpty() ? command : nullptr;
        if (helpWord && positional.size() > 1) {
            return Unexpected(
                refusal(AppText::tr("unexpected argument \"%1\"").arg(positional.at(1)), nullptr));
        }
        if (helpWord && !positional.isEmpty() && positional.front() != kHelpWord) {
            shown = positional.front().isEmpty() ? nullptr
                                                 : findCommand(commands, positional.front());
            if (!shown) {
                return Unexpected(refusal(
                    AppText::tr("unknown command \"%1\"").arg(positional.front()), nullptr));
            }
        }
        std::fputs(qPrintable(shown ? commandHelp(*shown) : generalHelp(commands)), stdout);
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        result.exitNow = true;
        return result;
    }

    result.input.arguments = positional;
    for (const QCommandLineOption &option : options) {
        if (parser.isSet(option))
            result.input.values.insert(option.names().constFirst(), parser.values(option));
    }
    if (command->arguments.isEmpty() && !positional.isEmpty()) {
        return Unexpected(
            refusal(AppText::tr("unexpected argument \"%1\"").arg(positional.front()), command));
    }
    if (command->check) {
        if (Result<void> checked = command->check(result.input); !checked) {
            return Unexpected(refusal(checked.error(), command));
        }
    }
    if (command->opensVenue) {
        Result<VenueCommandLine> venue = readVenueOptions(result.input);
        if (!venue) {
            return Unexpected(refusal(venue.error(), command));
        }
        result.venue = *venue;
    }
    result.command = *command;
    return result;
}

} // namespace dojo::app
