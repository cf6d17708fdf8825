<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>dojo::app</name>
    <message>
        <source>Show this help; after a command, that command's.</source>
        <translation>Mostrar esta ayuda; tras un comando, la de ese comando.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>la ventana</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 is an option of %2; %3 does not take it</source>
        <translation>%1 es una opción de %2; %3 no la admite</translation>
    </message>
    <message>
        <source>%1 (see dojopool %2 --help)</source>
        <translation>%1 (véase dojopool %2 --help)</translation>
    </message>
    <message>
        <source>%1 (see dojopool --help)</source>
        <translation>%1 (véase dojopool --help)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[COMANDO]</translation>
    </message>
    <message>
        <source>show this help, or a command's arguments and options</source>
        <translation>mostrar esta ayuda, o los argumentos y opciones de un comando</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Opciones de todos los comandos:</translation>
    </message>
    <message>
        <source>Options of the window (no command):</source>
        <translation>Opciones de la ventana (sin comando):</translation>
    </message>
    <message>
        <source>[COMMAND] [ARGUMENTS] [OPTIONS]</source>
        <translation>[COMANDO] [ARGUMENTOS] [OPCIONES]</translation>
    </message>
    <message>
        <source>DojoPool runs a pool venue: table cameras, the automatic referee, players' phones and the front desk.</source>
        <translation>DojoPool gestiona una sala de billar: las cámaras de las mesas, el árbitro automático, los móviles de los jugadores y la recepción.</translation>
    </message>
    <message>
        <source>"dojopool help COMMAND" or "dojopool COMMAND --help" shows a command's arguments and options.</source>
        <translation>«dojopool help COMANDO» o «dojopool COMANDO --help» muestra los argumentos y opciones de un comando.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPCIONES]</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>window open on "%1" with %2 tables, database %3</source>
        <translation>ventana abierta en «%1» con %2 mesas, base de datos %3</translation>
    </message>
    <message>
        <source>open the front desk window on the venue floor</source>
        <translation>abrir la ventana de recepción con la sala</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run "dojopool serve" to run the venue without a window</source>
        <translation>no hay pantalla para abrir la ventana (DISPLAY no está definido); ejecute «dojopool serve» para gestionar la sala sin ventana</translation>
    </message>
    <message>
        <source>rule rack scenarios (dojopool-rack/1), one JSON line per step</source>
        <translation>arbitrar escenarios de partidas (dojopool-rack/1), una línea JSON por paso</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>rack scenario files (dojopool-rack/1), ruled one after the other</source>
        <translation>archivos de escenarios de partidas (dojopool-rack/1), arbitrados uno tras otro</translation>
    </message>
    <message>
        <source>referee needs at least one scenario file</source>
        <translation>referee necesita al menos un archivo de escenario</translation>
    </message>
    <message>
        <source>cannot watch for stop signals: %1</source>
        <translation>no se pueden vigilar las señales de parada: %1</translation>
    </message>
    <message>
        <source>stopping on %1</source>
        <translation>deteniendo por %1</translation>
    </message>
    <message>
        <source>cannot read the venues: %1</source>
        <translation>no se pueden leer las salas: %1</translation>
    </message>
    <message>
        <source>created the demo venue on this first start</source>
        <translation>en este primer arranque se creó la sala de demostración</translation>
    </message>
    <message>
        <source>venue "%1": %2 tables, %3 players</source>
        <translation>sala «%1»: %2 mesas, %3 jugadores</translation>
    </message>
    <message>
        <source>resumed the match at %1</source>
        <translation>encuentro reanudado en %1</translation>
    </message>
    <message>
        <source>cannot resume the match at %1</source>
        <translation>no se puede reanudar el encuentro de %1</translation>
    </message>
    <message>
        <source>DojoPool %1 serving from %2 (data folder %3)</source>
        <translation>DojoPool %1 en marcha con %2 (carpeta de datos %3)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>run the venue without a window (for a server or a back-room PC)</source>
        <translation>gestionar la sala sin ventana (para un servidor o un PC de la trastienda)</translation>
    </message>
    <message>
        <source>simulate needs exactly one shot file</source>
        <translation>simulate necesita exactamente un archivo de tiro</translation>
    </message>
    <message>
        <source>--sample needs a rate in Hz above 0 and up to 100000</source>
        <translation>--sample necesita una frecuencia en Hz mayor que 0 y hasta 100000</translation>
    </message>
    <message>
        <source>--repeat needs a whole number of at least 1</source>
        <translation>--repeat necesita un número entero de al menos 1</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>no es JSON: %1 en el carácter %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1 ms (%2 microseconds per run)</source>
        <translation>
            <numerusform>%n ejecución en %1 ms (%2 microsegundos por ejecución)</numerusform>
            <numerusform>%n ejecuciones en %1 ms (%2 microsegundos por ejecución)</numerusform>
        </translation>
    </message>
    <message>
        <source>simulate one shot on the physics engine and print it as JSON</source>
        <translation>simular un tiro con el motor físico e imprimirlo como JSON</translation>
    </message>
    <message>
        <source>SHOT.json</source>
        <translation>TIRO.json</translation>
    </message>
    <message>
        <source>the shot: the table, the balls and the cue's strike, as JSON (docs/physics.md)</source>
        <translation>el tiro: la mesa, las bolas y el golpe del taco, en JSON (docs/physics.md)</translation>
    </message>
    <message>
        <source>Add each ball's path sampled this many times a second.</source>
        <translation>Añadir la trayectoria de cada bola muestreada tantas veces por segundo.</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Run the shot this many times and report the time on stderr.</source>
        <translation>Calcular el tiro tantas veces e informar del tiempo en stderr.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>the data folder %1 is a file, not a folder</source>
        <translation>la carpeta de datos %1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be written (%2)</source>
        <translation>no se puede escribir en la carpeta de datos %1 (%2)</translation>
    </message>
    <message>
        <source>no data folder: set HOME or pass --data-dir DIR</source>
        <translation>no hay carpeta de datos: defina HOME o use --data-dir CARPETA</translation>
    </message>
    <message>
        <source>bad --database URL: %1</source>
        <translation>URL de --database no válida: %1</translation>
    </message>
    <message>
        <source>cannot create the demo venue: %1</source>
        <translation>no se puede crear la sala de demostración: %1</translation>
    </message>
    <message>
        <source>Use this database instead of the SQLite file in the data folder: postgresql://user:password@host:port/database or sqlite:PATH.</source>
        <translation>Usar esta base de datos en lugar del archivo SQLite de la carpeta de datos: postgresql://usuario:contraseña@host:puerto/base o sqlite:RUTA.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the venue's database, settings and logs in this folder.</source>
        <translation>Guardar en esta carpeta la base de datos, los ajustes y los registros de la sala.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>--database needs a URL</source>
        <translation>--database necesita una URL</translation>
    </message>
    <message>
        <source>--data-dir needs a folder</source>
        <translation>--data-dir necesita una carpeta</translation>
    </message>
</context>
<context>
    <name>MatchStatistics</name>
    <message>
        <source>%1 won %2-%3</source>
        <translation>%1 ganó %2-%3</translation>
    </message>
    <message>
        <source>%1 and %2 are level at %3-%3</source>
        <translation>%1 y %2 van empatados a %3</translation>
    </message>
    <message>
        <source>%1 leads %2-%3</source>
        <translation>%1 va ganando %2-%3</translation>
    </message>
    <message numerus="yes">
        <source>%n break-and-run(s)</source>
        <translation>
            <numerusform>%n tacada de salida y cierre</numerusform>
            <numerusform>%n tacadas de salida y cierre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n foul(s)</source>
        <translation>
            <numerusform>%1: %n falta</numerusform>
            <numerusform>%1: %n faltas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them scratches</source>
        <translation>
            <numerusform>, %n de ellas con la blanca entronerada</numerusform>
            <numerusform>, %n de ellas con la blanca entronerada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>cannot read the audit log: </source>
        <translation>no se puede leer el registro: </translation>
    </message>
    <message>
        <source>an audit entry needs an actor and an action</source>
        <translation>una entrada del registro necesita un autor y una acción</translation>
    </message>
    <message>
        <source>cannot write the audit log: </source>
        <translation>no se puede escribir el registro: </translation>
    </message>
    <message>
        <source>no SQLite database file was given</source>
        <translation>no se indicó ningún archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>cannot create the SQLite database %1: %2 is a file, not a folder</source>
        <translation>no se puede crear la base de datos SQLite %1: %2 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the SQLite database</source>
        <translation>no se puede crear la carpeta %1 para la base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); it was left untouched</source>
        <translation>%1 no es una base de datos SQLite legible (%2); no se ha tocado</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot bring %1 up to date: %2</source>
        <translation>no se puede actualizar %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 for %2 is not installed</source>
        <translation>el controlador Qt SQL %1 para %2 no está instalado</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1: %2</source>
        <translation>no se puede conectar a PostgreSQL en %1: %2</translation>
    </message>
    <message>
        <source>cannot open the SQLite database %1: %2</source>
        <translation>no se puede abrir la base de datos SQLite %1: %2</translation>
    </message>
    <message>
        <source>cannot read the PostgreSQL database %1: %2</source>
        <translation>no se puede leer la base de datos PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to WAL mode: %2</source>
        <translation>no se puede pasar %1 al modo WAL: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has options after '?' or '#', which DojoPool does not support</source>
        <translation>la URL de PostgreSQL tiene opciones tras '?' o '#', que DojoPool no admite</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has an '@' but no user name before it</source>
        <translation>la URL de PostgreSQL tiene '@' pero ningún usuario delante</translation>
    </message>
    <message>
        <source>the PostgreSQL URL's host has a '[' without its ']'</source>
        <translation>el host de la URL de PostgreSQL tiene '[' sin su ']'</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has text after the host's ']' that is not a ':port'</source>
        <translation>la URL de PostgreSQL tiene texto tras el ']' del host que no es ':puerto'</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no host; write postgresql://user@host:port/database</source>
        <translation>la URL de PostgreSQL no nombra ningún host; escriba postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has a ':' after the host but no port</source>
        <translation>la URL de PostgreSQL tiene ':' tras el host pero ningún puerto</translation>
    </message>
    <message>
        <source>the port "%1" in the PostgreSQL URL is not a number from 1 to 65535</source>
        <translation>el puerto «%1» de la URL de PostgreSQL no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database; add /database after the host</source>
        <translation>la URL de PostgreSQL no nombra ninguna base de datos; añada /base tras el host</translation>
    </message>
    <message>
        <source>the database name "%1" in the PostgreSQL URL contains a '/'</source>
        <translation>el nombre de base de datos «%1» de la URL de PostgreSQL contiene una '/'</translation>
    </message>
    <message>
        <source>an SQLite URL has no host: write sqlite:///absolute/path or sqlite:relative/path</source>
        <translation>una URL de SQLite no tiene host: escriba sqlite:///ruta/absoluta o sqlite:ruta/relativa</translation>
    </message>
    <message>
        <source>the sqlite: URL names no database file</source>
        <translation>la URL sqlite: no nombra ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>the database URL is empty</source>
        <translation>la URL de la base de datos está vacía</translation>
    </message>
    <message>
        <source>the database URL has no scheme; write postgresql://user@host:port/database or sqlite:PATH</source>
        <translation>la URL de la base de datos no tiene esquema; escriba postgresql://usuario@host:puerto/base o sqlite:RUTA</translation>
    </message>
    <message>
        <source>a PostgreSQL URL starts with postgresql://</source>
        <translation>una URL de PostgreSQL empieza por postgresql://</translation>
    </message>
    <message>
        <source>unknown database URL scheme "%1"; use postgresql:// or sqlite:</source>
        <translation>esquema de URL de base de datos desconocido «%1»; use postgresql:// o sqlite:</translation>
    </message>
    <message>
        <source>cannot create the demo venue: </source>
        <translation>no se puede crear la sala de demostración: </translation>
    </message>
    <message>
        <source>cannot remove the demo venue: </source>
        <translation>no se puede eliminar la sala de demostración: </translation>
    </message>
    <message>
        <source>%1 is not a DojoPool database (it has the tables %2%3 but no dojo_schema); it was left untouched</source>
        <translation>%1 no es una base de datos de DojoPool (tiene las tablas %2%3 pero no dojo_schema); no se ha tocado</translation>
    </message>
    <message>
        <source>the database schema is version %1 but this DojoPool knows only up to version %2; use a newer DojoPool</source>
        <translation>el esquema de la base de datos es la versión %1 pero este DojoPool solo conoce hasta la versión %2; use un DojoPool más reciente</translation>
    </message>
    <message>
        <source>the database returned no id</source>
        <translation>la base de datos no devolvió ningún id</translation>
    </message>
    <message>
        <source>a venue needs a name</source>
        <translation>una sala necesita un nombre</translation>
    </message>
    <message>
        <source>a table needs a name</source>
        <translation>una mesa necesita un nombre</translation>
    </message>
    <message>
        <source>a player needs a name</source>
        <translation>un jugador necesita un nombre</translation>
    </message>
    <message>
        <source>migration %1 (%2)</source>
        <translation>migración %1 (%2)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version: </source>
        <translation>no se puede leer la versión del esquema: </translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>cannot create dojo_schema: </source>
        <translation>no se puede crear dojo_schema: </translation>
    </message>
    <message>
        <source> failed: </source>
        <translation> falló: </translation>
    </message>
    <message>
        <source>cannot record %1: </source>
        <translation>no se puede registrar %1: </translation>
    </message>
    <message>
        <source>cannot commit %1: %2</source>
        <translation>no se puede confirmar %1: %2</translation>
    </message>
    <message>
        <source>the migrations are not in rising order at version %1</source>
        <translation>las migraciones no van en orden creciente en la versión %1</translation>
    </message>
    <message>
        <source>cannot migrate to version %1: the migrations end at version %2</source>
        <translation>no se puede migrar a la versión %1: las migraciones terminan en la versión %2</translation>
    </message>
    <message>
        <source>cannot read the venues: </source>
        <translation>no se pueden leer las salas: </translation>
    </message>
    <message>
        <source>cannot read venue %1: </source>
        <translation>no se puede leer la sala %1: </translation>
    </message>
    <message>
        <source>there is no venue %1</source>
        <translation>no existe la sala %1</translation>
    </message>
    <message>
        <source>cannot add the venue "%1": %2</source>
        <translation>no se puede añadir la sala «%1»: %2</translation>
    </message>
    <message>
        <source>cannot remove venue %1: </source>
        <translation>no se puede eliminar la sala %1: </translation>
    </message>
    <message>
        <source>there is no such venue</source>
        <translation>no existe esa sala</translation>
    </message>
    <message>
        <source>cannot read the tables of venue %1: </source>
        <translation>no se pueden leer las mesas de la sala %1: </translation>
    </message>
    <message>
        <source>cannot add the table "%1" to venue %2: %3</source>
        <translation>no se puede añadir la mesa «%1» a la sala %2: %3</translation>
    </message>
    <message>
        <source>cannot change the status of table %1: </source>
        <translation>no se puede cambiar el estado de la mesa %1: </translation>
    </message>
    <message>
        <source>there is no such table</source>
        <translation>no existe esa mesa</translation>
    </message>
    <message>
        <source>cannot read the players of venue %1: </source>
        <translation>no se pueden leer los jugadores de la sala %1: </translation>
    </message>
    <message>
        <source>cannot add the player "%1": %2</source>
        <translation>no se puede añadir el jugador «%1»: %2</translation>
    </message>
    <message>
        <source>the column %1 does not hold a JSON object</source>
        <translation>la columna %1 no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>the kind "%1" is unknown</source>
        <translation>el tipo «%1» es desconocido</translation>
    </message>
    <message>
        <source>there is no rack %1 to end</source>
        <translation>no hay partida %1 que terminar</translation>
    </message>
    <message>
        <source>the connection to the database is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <source>a match needs a game</source>
        <translation>un encuentro necesita una modalidad</translation>
    </message>
    <message>
        <source>a match needs two players with different names</source>
        <translation>un encuentro necesita dos jugadores con nombres distintos</translation>
    </message>
    <message>
        <source>the first rack needs the number 1 and a breaker</source>
        <translation>la primera partida necesita el número 1 y quien saca</translation>
    </message>
    <message>
        <source>a step needs a step and a rack number of at least 1</source>
        <translation>un paso necesita un número de paso y de partida de al menos 1</translation>
    </message>
    <message>
        <source>a step needs an actor</source>
        <translation>un paso necesita un autor</translation>
    </message>
    <message>
        <source>a correction needs a reason</source>
        <translation>una corrección necesita un motivo</translation>
    </message>
    <message>
        <source>cannot start the match of %1 and %2: </source>
        <translation>no se puede empezar el encuentro de %1 y %2: </translation>
    </message>
    <message>
        <source>table %1 already has match %2 in play; resume or finish it first</source>
        <translation>la mesa %1 ya tiene el encuentro %2 en juego; reanúdelo o termínelo antes</translation>
    </message>
    <message>
        <source>cannot store step %1 of match %2: </source>
        <translation>no se puede guardar el paso %1 del encuentro %2: </translation>
    </message>
    <message>
        <source>there is no such match</source>
        <translation>no existe ese encuentro</translation>
    </message>
    <message>
        <source>the match holds %1 steps, so the next one is step %2</source>
        <translation>el encuentro tiene %1 pasos, así que el siguiente es el paso %2</translation>
    </message>
    <message>
        <source>cannot finish match %1: </source>
        <translation>no se puede terminar el encuentro %1: </translation>
    </message>
    <message>
        <source>it is already finished</source>
        <translation>ya está terminado</translation>
    </message>
    <message>
        <source>cannot read match %1: </source>
        <translation>no se puede leer el encuentro %1: </translation>
    </message>
    <message>
        <source>there is no match %1</source>
        <translation>no existe el encuentro %1</translation>
    </message>
    <message>
        <source>cannot read the match at table %1: </source>
        <translation>no se puede leer el encuentro de la mesa %1: </translation>
    </message>
    <message>
        <source>cannot read the steps of match %1: </source>
        <translation>no se pueden leer los pasos del encuentro %1: </translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>paso %1: </translation>
    </message>
    <message>
        <source>cannot read the racks of match %1: </source>
        <translation>no se pueden leer las partidas del encuentro %1: </translation>
    </message>
</context>
<context>
    <name>TableStatusCommand</name>
    <message>
        <source>Set %1 to “%2”</source>
        <translation>Poner %1 en «%2»</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>8 ft oversized</source>
        <translation>8 ft sobredimensionada</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <translation>%1 ft</translation>
    </message>
    <message>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 pulg.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>In play</source>
        <translation>En juego</translation>
    </message>
</context>
<context>
    <name>VenueText</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: stored %2, now %3</source>
        <translation>%1: guardado %2, ahora %3</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3)</source>
        <translation>paso %1 (%2 en la partida %3)</translation>
    </message>
    <message>
        <source>step %1 is missing; the next stored step is %2</source>
        <translation>falta el paso %1; el siguiente paso guardado es %2</translation>
    </message>
    <message>
        <source>%1 was played in rack %2 but the replay is in rack %3</source>
        <translation>%1 se jugó en la partida %2 pero la repetición está en la partida %3</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is refused by the rules now: %2</source>
        <translation>las reglas ahora rechazan %1: %2</translation>
    </message>
    <message>
        <source>%1 is ruled differently now: %2</source>
        <translation>%1 se decide ahora de otra forma: %2</translation>
    </message>
    <message>
        <source>unknown choice "%1"</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source>a stalemate has no input</source>
        <translation>unas tablas no tienen entrada</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>unknown option; a newer DojoPool started this match</source>
        <translation>opción desconocida; un DojoPool más reciente empezó este encuentro</translation>
    </message>
    <message>
        <source>expected a number per player</source>
        <translation>se esperaba un número por jugador</translation>
    </message>
    <message>
        <source>unknown game</source>
        <translation>modalidad desconocida</translation>
    </message>
    <message>
        <source>expected a whole number of at least 0</source>
        <translation>se esperaba un número entero de al menos 0</translation>
    </message>
    <message>
        <source>expected alternate or winner</source>
        <translation>se esperaba alternate o winner</translation>
    </message>
    <message>
        <source>not one of the players</source>
        <translation>no es uno de los jugadores</translation>
    </message>
    <message>
        <source>a match needs two players</source>
        <translation>un encuentro necesita dos jugadores</translation>
    </message>
    <message>
        <source>the two players of a match need different names</source>
        <translation>los dos jugadores de un encuentro necesitan nombres distintos</translation>
    </message>
    <message>
        <source>cannot start the match: </source>
        <translation>no se puede empezar el encuentro: </translation>
    </message>
    <message>
        <source>the race and the first breaker are out of range</source>
        <translation>la meta y quien saca primero están fuera de rango</translation>
    </message>
    <message>
        <source>cannot resume match %1: </source>
        <translation>no se puede reanudar el encuentro %1: </translation>
    </message>
    <message>
        <source>its setup cannot be read: </source>
        <translation>no se puede leer su configuración: </translation>
    </message>
    <message>
        <source>it is stored as %1 but its setup is %2</source>
        <translation>está guardado como %1 pero su configuración dice %2</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>anular una decisión necesita un motivo</translation>
    </message>
    <message>
        <source>a step needs the name of who reports it</source>
        <translation>un paso necesita el nombre de quien lo comunica</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2-%3 %4</source>
        <translation>%1 %2-%3 %4</translation>
    </message>
    <message>
        <source>%1: %2, %3, won by %4</source>
        <translation>%1: %2, %3, ganado por %4</translation>
    </message>
    <message>
        <source>%1: %2, %3, rack %4, %5 to play</source>
        <translation>%1: %2, %3, partida %4, juega %5</translation>
    </message>
</context>
<context>
    <name>dojo::ui::AboutDialog</name>
    <message>
        <source>About DojoPool</source>
        <translation>Acerca de DojoPool</translation>
    </message>
    <message>
        <source>&lt;h2&gt;DojoPool %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;DojoPool %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The smart pool venue: overhead cameras track every ball, the automatic referee rules by the WPA World Standardized Rules, players join their table from their phones, and the front desk runs bookings, players and tournaments.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La sala de billar inteligente: las cámaras cenitales siguen cada bola, el árbitro automático decide según las WPA World Standardized Rules, los jugadores se unen a su mesa desde el móvil y la recepción gestiona reservas, jugadores y torneos.&lt;/p&gt;&lt;p&gt;Hecho con Qt %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>dojo::ui::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the venue again from the database</source>
        <translation>Volver a leer la sala de la base de datos</translation>
    </message>
    <message>
        <source>Remove &amp;Demo Venue…</source>
        <translation>Eliminar sala de &amp;demostración…</translation>
    </message>
    <message>
        <source>Remove the demo venue with its tables and players</source>
        <translation>Eliminar la sala de demostración con sus mesas y jugadores</translation>
    </message>
    <message>
        <source>Mark &amp;Free</source>
        <translation>Marcar &amp;libre</translation>
    </message>
    <message>
        <source>Mark &amp;Booked</source>
        <translation>Marcar &amp;reservada</translation>
    </message>
    <message>
        <source>Start &amp;Play</source>
        <translation>Empezar a &amp;jugar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;About DojoPool</source>
        <translation>&amp;Acerca de DojoPool</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>The venue shown on the floor</source>
        <translation>La sala cuyas mesas se muestran</translation>
    </message>
    <message>
        <source>Venue: </source>
        <translation>Sala: </translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jugadores</translation>
    </message>
    <message>
        <source>&amp;Players</source>
        <translation>&amp;Jugadores</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Could not read the venues.</source>
        <translation>No se pudieron leer las salas.</translation>
    </message>
    <message>
        <source>Could not read the tables.</source>
        <translation>No se pudieron leer las mesas.</translation>
    </message>
    <message>
        <source>Could not read the players.</source>
        <translation>No se pudieron leer los jugadores.</translation>
    </message>
    <message>
        <source>DojoPool</source>
        <translation>DojoPool</translation>
    </message>
    <message>
        <source>%1 — DojoPool</source>
        <translation>%1 — DojoPool</translation>
    </message>
    <message>
        <source>No venue in this database.</source>
        <translation>Esta base de datos no tiene ninguna sala.</translation>
    </message>
    <message>
        <source>The table's status could not be saved.</source>
        <translation>No se pudo guardar el estado de la mesa.</translation>
    </message>
    <message>
        <source>Remove Demo Venue</source>
        <translation>Eliminar sala de demostración</translation>
    </message>
    <message>
        <source>Remove the demo venue “%1” with all its tables and players?

Your own venues are not touched. The demo venue does not come back.</source>
        <translation>¿Eliminar la sala de demostración «%1» con todas sus mesas y jugadores?

Sus propias salas no se tocan. La sala de demostración no vuelve.</translation>
    </message>
    <message>
        <source>The demo venue could not be removed.</source>
        <translation>No se pudo eliminar la sala de demostración.</translation>
    </message>
    <message>
        <source>The demo venue was removed.</source>
        <translation>Se eliminó la sala de demostración.</translation>
    </message>
    <message>
        <source>Tables: %1 · %2 free · %3 booked · %4 in play</source>
        <translation>Mesas: %1 · %2 libres · %3 reservadas · %4 en juego</translation>
    </message>
</context>
<context>
    <name>dojo::ui::PlayerList</name>
    <message>
        <source>Find a player</source>
        <translation>Buscar jugador</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Players: %1</source>
        <translation>Jugadores: %1</translation>
    </message>
</context>
<context>
    <name>dojo::ui::TableCard</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Camera: %4</source>
        <translation>%1 — %2 (%3)
Cámara: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
</context>
<context>
    <name>dojo::ui::VenueFloorView</name>
    <message>
        <source>This venue has no tables yet.</source>
        <translation>Esta sala aún no tiene mesas.</translation>
    </message>
</context>
</TS>