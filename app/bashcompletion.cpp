#include "bashcompletion.h"

#include "commandline.h"

#include <QCommandLineOption>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace dojo::app {

namespace {

// A word the script may hold unquoted: option names, commands, a value's choices.
bool plainWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._+-]+$"));
    return plain.match(word).hasMatch();
}

QStringList dashedNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    return names;
}

QString words(const QStringList &list)
{
    QStringList plain;
    std::copy_if(list.begin(), list.end(), std::back_inserter(plain), plainWord);
    return plain.join(u' ');
}

QString wordsReply(const QString &choices)
{
    return QStringLiteral("mapfile -t COMPREPLY < <(compgen -W '%1' -- \"$cur\")").arg(choices);
}

QString filesReply(bool foldersOnly)
{
    return QStringLiteral("compopt -o filenames; mapfile -t COMPREPLY < <(compgen %1 -- \"$cur\")")
        .arg(foldersOnly ? QStringLiteral("-d") : QStringLiteral("-f"));
}

// What an option's value completes to, from its value name: one of its words ("on|off"), a
// folder ("DIR"), a file ("FILE", "SHOT.json"); empty: nothing to offer (a number, a name).
QString valueReply(const QString &valueName)
{
    if (valueName.contains(u'|'))
        return wordsReply(words(valueName.split(u'|')));
    if (valueName.contains(QLatin1String("DIR")))
        return filesReply(true);
    static const QRegularExpression file(QStringLiteral("FILE|\\.[a-z]+$"));
    if (file.match(valueName).hasMatch())
        return filesReply(false);
    return {};
}

} // namespace

QString bashCompletion(const std::vector<Command> &commands)
{
    QStringList commandNames;
    QSet<QString> valued;
    QSet<QString> paired;
    for (const Command &command : commands) {
        if (!command.name.isEmpty())
            commandNames.append(command.name);
        for (const QCommandLineOption &option : commandOptions(command)) {
            if (!option.valueName().isEmpty()) {
                for (const QString &name : dashedNames(option))
                    valued.insert(name);
            }
        }
        for (const QString &name : command.pairOptions)
            paired.insert(QStringLiteral("--") + name);
    }
    commandNames.append(helpWord());
    QStringList valuedList(valued.begin(), valued.end());
    valuedList.sort();
    QStringList pairedList(paired.begin(), paired.end());
    pairedList.sort();

    QString valueCases;
    QString optionCases;
    QStringList fileArguments;
    for (const Command &command : commands) {
        QStringList names;
        for (const QCommandLineOption &option : commandOptions(command)) {
            names += dashedNames(option);
            const QString reply = valueReply(option.valueName());
            if (option.valueName().isEmpty() || reply.isEmpty())
                continue;
            for (const QString &name : dashedNames(option)) {
                valueCases += QStringLiteral("        \"%1 %2\") %3; return ;;\n")
                                  .arg(command.name, name, reply);
            }
        }
        for (const QCommandLineOption &option : everyCommandOptions())
            names += dashedNames(option);
        optionCases += QStringLiteral("        %1) %2 ;;\n")
                           .arg(command.name.isEmpty() ? QStringLiteral("''") : command.name,
                                wordsReply(words(names)));
        if (!command.name.isEmpty() && !command.arguments.isEmpty())
            fileArguments.append(command.name);
    }

    QString script;
    script += QStringLiteral(
        "# bash completion for dojopool(1), made by \"dojopool --bash-completion\" from the\n"
        "# program's commands: do not edit.\n\n"
        "_dojopool()\n{\n"
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev= before=\n"
        "    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
        "    ((COMP_CWORD > 1)) && before=${COMP_WORDS[COMP_CWORD - 2]}\n");
    script += QStringLiteral("    local commands='%1'\n").arg(words(commandNames));
    script += QStringLiteral("    local valued=' %1 ' paired=' %2 '\n")
                  .arg(words(valuedList), words(pairedList));
    script += QStringLiteral(
        "    # The command: the first word that is neither an option nor an option's value.\n"
        "    local command= i word\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        word=${COMP_WORDS[i]}\n"
        "        if [[ $word == -- ]]; then\n"
        "            ((i + 1 < COMP_CWORD)) && command=${COMP_WORDS[i + 1]}\n"
        "            break\n"
        "        elif [[ $paired == *\" $word \"* ]]; then\n"
        "            ((i += 2))\n"
        "        elif [[ $valued == *\" $word \"* ]]; then\n"
        "            ((i += 1))\n"
        "        elif [[ $word != -* ]]; then\n"
        "            command=$word\n"
        "            break\n"
        "        fi\n"
        "    done\n"
        "    COMPREPLY=()\n"
        "    # An option's value.\n"
        "    case \"$command $prev\" in\n");
    script += valueCases;
    script += QStringLiteral(
        "    esac\n"
        "    [[ $valued == *\" $prev \"* || $paired == *\" $before \"* ]] && return\n"
        "    if [[ $cur == -* ]]; then\n"
        "        case $command in\n");
    script += optionCases;
    script
        += QStringLiteral("        esac\n"
                          "        return\n"
                          "    fi\n"
                          "    if [[ -z $command ]]; then\n"
                          "        mapfile -t COMPREPLY < <(compgen -W \"$commands\" -- \"$cur\")\n"
                          "        return\n"
                          "    fi\n"
                          "    case $command in\n");
    script += QStringLiteral("        %1) mapfile -t COMPREPLY < <(compgen -W \"$commands\" -- "
                             "\"$cur\") ;;\n")
                  .arg(helpWord());
    if (!fileArguments.isEmpty()) {
        script += QStringLiteral("        %1) %2 ;;\n")
                      .arg(fileArguments.join(u'|'), filesReply(false));
    }
    script += QStringLiteral("    esac\n}\n\ncomplete -F _dojopool dojopool\n");
    return script;
}

} // namespace dojo::app
