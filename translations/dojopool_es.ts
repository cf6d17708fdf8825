<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Live</name>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text of 1 to %2 characters.</source>
        <translation>«%1» debe ser un texto de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>This venue speaks protocol %1, not %2.</source>
        <translation>Esta sala usa el protocolo %1, no el %2.</translation>
    </message>
    <message>
        <source>&quot;k&quot; must be the token of the table&apos;s link.</source>
        <translation>&quot;k&quot; debe ser el token del enlace de la mesa.</translation>
    </message>
    <message>
        <source>&quot;seq&quot; must be the last seq the client saw.</source>
        <translation>&quot;seq&quot; debe ser el último seq que vio el cliente.</translation>
    </message>
    <message>
        <source>&quot;game&quot; must be eight-ball, nine-ball, ten-ball or straight-pool.</source>
        <translation>&quot;game&quot; debe ser eight-ball, nine-ball, ten-ball o straight-pool.</translation>
    </message>
    <message>
        <source>&quot;players&quot; must name the two players.</source>
        <translation>&quot;players&quot; debe nombrar a los dos jugadores.</translation>
    </message>
    <message>
        <source>Each player&apos;s name must be 1 to %1 characters.</source>
        <translation>El nombre de cada jugador debe tener de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The two players need different names.</source>
        <translation>Los dos jugadores necesitan nombres distintos.</translation>
    </message>
    <message>
        <source>&quot;pocket&quot; must name a pocket, such as foot-left.</source>
        <translation>&quot;pocket&quot; debe nombrar una tronera, como foot-left.</translation>
    </message>
    <message>
        <source>&quot;choice&quot; must be one of the options a ruling offers.</source>
        <translation>&quot;choice&quot; debe ser una de las opciones que ofrece una decisión.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>El mensaje no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The message has no &quot;type&quot;.</source>
        <translation>El mensaje no tiene &quot;type&quot;.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Tipo de mensaje desconocido «%1».</translation>
    </message>
    <message>
        <source>cannot serve the live games on port %1: %2</source>
        <translation>no se pueden servir los encuentros en directo en el puerto %1: %2</translation>
    </message>
    <message>
        <source>The table was removed.</source>
        <translation>Se eliminó la mesa.</translation>
    </message>
    <message>
        <source>The live games are served at /ws.</source>
        <translation>Los encuentros en directo se sirven en /ws.</translation>
    </message>
    <message>
        <source>The venue&apos;s server is full: try again in a minute.</source>
        <translation>El servidor de la sala está lleno: inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>Los mensajes son texto JSON, no binarios.</translation>
    </message>
    <message>
        <source>Too many messages: at most %1 a second.</source>
        <translation>Demasiados mensajes: como máximo %1 por segundo.</translation>
    </message>
    <message>
        <source>This connection has joined a table already.</source>
        <translation>Esta conexión ya se ha unido a una mesa.</translation>
    </message>
    <message>
        <source>The first message must be &quot;join&quot;.</source>
        <translation>El primer mensaje debe ser &quot;join&quot;.</translation>
    </message>
    <message>
        <source>Spectators only watch: &quot;%1&quot; needs the table&apos;s card.</source>
        <translation>Los espectadores solo miran: «%1» necesita la tarjeta de la mesa.</translation>
    </message>
    <message>
        <source>This venue has no table &quot;%1&quot;.</source>
        <translation>Esta sala no tiene ninguna mesa «%1».</translation>
    </message>
    <message>
        <source>This card&apos;s code is not valid any more: scan the card on the table again, or ask the desk for a new one.</source>
        <translation>El código de esta tarjeta ya no vale: vuelva a escanear la tarjeta de la mesa o pida una nueva en recepción.</translation>
    </message>
    <message>
        <source>The connection reads too slowly: join again.</source>
        <translation>La conexión lee demasiado despacio: vuelva a unirse.</translation>
    </message>
    <message>
        <source>Nothing was heard for %1 seconds.</source>
        <translation>No se recibió nada durante %1 segundos.</translation>
    </message>
    <message>
        <source>No match is being played at this table: set one up first.</source>
        <translation>No se está jugando ningún encuentro en esta mesa: prepare uno primero.</translation>
    </message>
    <message>
        <source>%1&apos;s seat is taken on another phone.</source>
        <translation>Otro móvil ya ocupa el puesto de %1.</translation>
    </message>
    <message>
        <source>Sit down first: choose which player you are.</source>
        <translation>Primero siéntese: elija qué jugador es usted.</translation>
    </message>
    <message>
        <source>This table has no automatic referee running.</source>
        <translation>En esta mesa no funciona ningún árbitro automático.</translation>
    </message>
    <message>
        <source>%1 already has a match: %2 against %3.</source>
        <translation>%1 ya tiene un encuentro: %2 contra %3.</translation>
    </message>
    <message>
        <source>A player</source>
        <translation>Un jugador</translation>
    </message>
    <message>
        <source>This venue has no tournament %1.</source>
        <translation>Esta sala no tiene ningún torneo %1.</translation>
    </message>
</context>
<context>
    <name>dojo::app</name>
    <message>
        <source>Show this help; after a command, that command&apos;s.</source>
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
        <source>show this help, or a command&apos;s arguments and options</source>
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
        <source>DojoPool runs a pool venue: table cameras, the automatic referee, players&apos; phones and the front desk.</source>
        <translation>DojoPool gestiona una sala de billar: las cámaras de las mesas, el árbitro automático, los móviles de los jugadores y la recepción.</translation>
    </message>
    <message>
        <source>&quot;dojopool help COMMAND&quot; or &quot;dojopool COMMAND --help&quot; shows a command&apos;s arguments and options.</source>
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
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>window open on &quot;%1&quot; with %2 tables, database %3</source>
        <translation>ventana abierta en «%1» con %2 mesas, base de datos %3</translation>
    </message>
    <message>
        <source>open the front desk window on the venue floor</source>
        <translation>abrir la ventana de recepción con la sala</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); run &quot;dojopool serve&quot; to run the venue without a window</source>
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
        <source>created the demo venue on this first start</source>
        <translation>en este primer arranque se creó la sala de demostración</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot;: %2 tables, %3 players</source>
        <translation>sala «%1»: %2 mesas, %3 jugadores</translation>
    </message>
    <message>
        <source>resumed the match at %1</source>
        <translation>encuentro reanudado en %1</translation>
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
        <source>the shot: the table, the balls and the cue&apos;s strike, as JSON (docs/physics.md)</source>
        <translation>el tiro: la mesa, las bolas y el golpe del taco, en JSON (docs/physics.md)</translation>
    </message>
    <message>
        <source>Add each ball&apos;s path sampled this many times a second.</source>
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
        <source>Use this database instead of the SQLite file in the data folder: postgresql://user:password@host:port/database or sqlite:PATH.</source>
        <translation>Usar esta base de datos en lugar del archivo SQLite de la carpeta de datos: postgresql://usuario:contraseña@host:puerto/base o sqlite:RUTA.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the venue&apos;s database, settings and logs in this folder.</source>
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
    <message>
        <source>cannot read the venue: %1</source>
        <translation>no se puede leer la sala: %1</translation>
    </message>
    <message>
        <source>cannot resume the match at %1: %2</source>
        <translation>no se puede reanudar el encuentro en %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>play needs exactly one source</source>
        <translation>play necesita exactamente una fuente</translation>
    </message>
    <message>
        <source>--table is 7ft, 8ft, 8ft-oversized or 9ft, not &quot;%1&quot;</source>
        <translation>--table es 7ft, 8ft, 8ft-oversized o 9ft, no «%1»</translation>
    </message>
    <message>
        <source>show one source on the table screen, to set up a camera</source>
        <translation>mostrar una fuente en la pantalla de la mesa, para configurar una cámara</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>a video file, an image, a folder of images, a stream URL, camera:N or sim:SEED (docs/cameras.md)</source>
        <translation>un archivo de vídeo, una imagen, una carpeta de imágenes, una URL de transmisión, camera:N o sim:SEED (docs/cameras.md)</translation>
    </message>
    <message>
        <source>The table&apos;s size for the drawing from above: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft, or the simulated table&apos;s).</source>
        <translation>El tamaño de la mesa para el dibujo desde arriba: 7ft, 8ft, 8ft-oversized o 9ft (por defecto 9ft, o el de la mesa simulada).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 necesita un número de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>render takes no arguments, only options</source>
        <translation>render no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <source>render needs --%1</source>
        <translation>render necesita --%1</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more</source>
        <translation>--seed necesita un número entero de 0 o más</translation>
    </message>
    <message>
        <source>--shots needs a whole number from 1 to 100000</source>
        <translation>--shots necesita un número entero de 1 a 100000</translation>
    </message>
    <message>
        <source>--out needs a folder</source>
        <translation>--out necesita una carpeta</translation>
    </message>
    <message>
        <source>--game is 8-ball or 9-ball, not &quot;%1&quot;</source>
        <translation>--game es 8-ball o 9-ball, no «%1»</translation>
    </message>
    <message>
        <source>--resolution needs WIDTHxHEIGHT in even pixels from 64x64 to 7680x4320, such as 1920x1080</source>
        <translation>--resolution necesita ANCHOxALTO en píxeles pares de 64x64 a 7680x4320, como 1920x1080</translation>
    </message>
    <message>
        <source>--codec is mjpg, h264 or ffv1, not &quot;%1&quot;</source>
        <translation>--codec es mjpg, h264 o ffv1, no «%1»</translation>
    </message>
    <message>
        <source>frame %1, shot %2 of %3</source>
        <translation>fotograma %1, tiro %2 de %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 frames (%2 s of video, %n shot(s)) in %3 s: %4 and %5</source>
        <translation>
            <numerusform>%1 fotogramas (%2 s de vídeo, %n tiro) en %3 s: %4 y %5</numerusform>
            <numerusform>%1 fotogramas (%2 s de vídeo, %n tiros) en %3 s: %4 y %5</numerusform>
        </translation>
    </message>
    <message>
        <source>film the simulated table: a video and its ground truth</source>
        <translation>filmar la mesa simulada: un vídeo y sus datos de referencia</translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same video and truth.</source>
        <translation>La semilla: la misma semilla da el mismo vídeo y los mismos datos de referencia.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many shots to film, from the break.</source>
        <translation>Cuántos tiros filmar, desde el saque.</translation>
    </message>
    <message>
        <source>The folder for video.mp4 (or .avi, .mkv) and truth.jsonl.</source>
        <translation>La carpeta para video.mp4 (o .avi, .mkv) y truth.jsonl.</translation>
    </message>
    <message>
        <source>8-ball or 9-ball (default 9-ball).</source>
        <translation>8-ball o 9-ball (por defecto 9-ball).</translation>
    </message>
    <message>
        <source>GAME</source>
        <translation>MODALIDAD</translation>
    </message>
    <message>
        <source>The table: 7ft, 8ft, 8ft-oversized or 9ft (default 9ft).</source>
        <translation>La mesa: 7ft, 8ft, 8ft-oversized o 9ft (por defecto 9ft).</translation>
    </message>
    <message>
        <source>The camera&apos;s picture (default 1920x1080).</source>
        <translation>El tamaño de imagen de la cámara (por defecto 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Frames per second (default 60).</source>
        <translation>Fotogramas por segundo (por defecto 60).</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <source>The lens&apos;s height above the bed in mm (default 2500).</source>
        <translation>La altura del objetivo sobre el paño en mm (por defecto 2500).</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <source>The camera&apos;s tilt toward the foot rail in degrees (default 1.5).</source>
        <translation>La inclinación de la cámara hacia la banda del pie en grados (por defecto 1.5).</translation>
    </message>
    <message>
        <source>DEGREES</source>
        <translation>GRADOS</translation>
    </message>
    <message>
        <source>Radial lens distortion k1; below 0 bows the rails out (default -0.04).</source>
        <translation>Distorsión radial del objetivo k1; por debajo de 0 curva las bandas hacia fuera (por defecto -0.04).</translation>
    </message>
    <message>
        <source>K1</source>
        <translation>K1</translation>
    </message>
    <message>
        <source>Sensor noise in 8-bit levels (default 2).</source>
        <translation>Ruido del sensor en niveles de 8 bits (por defecto 2).</translation>
    </message>
    <message>
        <source>LEVELS</source>
        <translation>NIVELES</translation>
    </message>
    <message>
        <source>The shutter&apos;s time in seconds, for motion blur (default 0.0083).</source>
        <translation>El tiempo de obturación en segundos, para el desenfoque de movimiento (por defecto 0.0083).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>The players&apos; mean pause between shots in seconds (default 4).</source>
        <translation>La pausa media de los jugadores entre tiros en segundos (por defecto 4).</translation>
    </message>
    <message>
        <source>h264 (MP4, default), mjpg (AVI) or ffv1 (MKV, lossless).</source>
        <translation>h264 (MP4, por defecto), mjpg (AVI) o ffv1 (MKV, sin pérdidas).</translation>
    </message>
    <message>
        <source>CODEC</source>
        <translation>CODEC</translation>
    </message>
    <message>
        <source>%1: the camera is running</source>
        <translation>%1: la cámara está en marcha</translation>
    </message>
    <message>
        <source>%1: the camera failed: %2</source>
        <translation>%1: la cámara ha fallado: %2</translation>
    </message>
    <message>
        <source>on: show every table&apos;s camera (the default); off: run without them.</source>
        <translation>on: mostrar la cámara de cada mesa (por defecto); off: funcionar sin cámaras.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>--cameras is on or off, not &quot;%1&quot;</source>
        <translation>--cameras es on u off, no «%1»</translation>
    </message>
    <message>
        <source>The camera source &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar la fuente de cámara «%1»: %2</translation>
    </message>
    <message>
        <source>cannot write the video %1 as %2 (OpenCV&apos;s writer refused)</source>
        <translation>no se puede escribir el vídeo %1 como %2 (el escritor de OpenCV lo rechazó)</translation>
    </message>
    <message>
        <source>a frame of %1x%2 does not fit the video&apos;s %3x%4</source>
        <translation>un fotograma de %1x%2 no encaja con los %3x%4 del vídeo</translation>
    </message>
    <message>
        <source>showing %1 on the table screen</source>
        <translation>mostrando %1 en la pantalla de la mesa</translation>
    </message>
    <message>
        <source>track needs exactly one input</source>
        <translation>track necesita exactamente una entrada</translation>
    </message>
    <message>
        <source>track needs --out FILE.jsonl</source>
        <translation>track necesita --out ARCHIVO.jsonl</translation>
    </message>
    <message>
        <source>--fps needs a number above 0 and up to 1000</source>
        <translation>--fps necesita un número mayor que 0 y hasta 1000</translation>
    </message>
    <message>
        <source>cannot find the table in %1: %2</source>
        <translation>no se encuentra la mesa en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>frame %1, %n shot(s)</source>
        <translation>
            <numerusform>fotograma %1, %n tiro</numerusform>
            <numerusform>fotograma %1, %n tiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 frames and %n shot(s) in %2 s (%3 ms a frame): %4</source>
        <translation>
            <numerusform>%1 fotogramas y %n tiro en %2 s (%3 ms por fotograma): %4</numerusform>
            <numerusform>%1 fotogramas y %n tiros en %2 s (%3 ms por fotograma): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>track the balls in a video, images or the simulated table</source>
        <translation>seguir las bolas en un vídeo, en imágenes o en la mesa simulada</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>a video file, an image, a folder of images or sim:SEED</source>
        <translation>un archivo de vídeo, una imagen, una carpeta de imágenes o sim:SEED</translation>
    </message>
    <message>
        <source>The tracking log to write: a JSON line per frame and per shot (docs/tracking.md).</source>
        <translation>El registro de seguimiento que se escribe: una línea JSON por fotograma y por tiro (docs/tracking.md).</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation>ARCHIVO.jsonl</translation>
    </message>
    <message>
        <source>X,Y;X,Y;X,Y;X,Y</source>
        <translation>X,Y;X,Y;X,Y;X,Y</translation>
    </message>
    <message>
        <source>With sim:SEED, how many shots to film (default 10).</source>
        <translation>Con sim:SEED, cuántos tiros se filman (por defecto 10).</translation>
    </message>
    <message>
        <source>Images per second of a folder of images (default 60).</source>
        <translation>Imágenes por segundo de una carpeta de imágenes (por defecto 60).</translation>
    </message>
    <message>
        <source>the folder %1 holds no images</source>
        <translation>la carpeta %1 no contiene imágenes</translation>
    </message>
    <message>
        <source>the image %1 cannot be read</source>
        <translation>no se puede leer la imagen %1</translation>
    </message>
    <message>
        <source>the video %1 cannot be read</source>
        <translation>no se puede leer el vídeo %1</translation>
    </message>
    <message>
        <source>track reads a video file, an image, a folder of images or sim:SEED, not %1</source>
        <translation>track lee un archivo de vídeo, una imagen, una carpeta de imágenes o sim:SEED, no %1</translation>
    </message>
    <message>
        <source>%1: shot %2: %3</source>
        <translation>%1: tiro %2: %3</translation>
    </message>
    <message>
        <source>%1: shot %2 waits for a referee: %3</source>
        <translation>%1: el tiro %2 espera a un árbitro: %3</translation>
    </message>
    <message>
        <source>--corners needs four pixels X,Y;X,Y;X,Y;X,Y: the head-left, foot-left, head-right and foot-right corners of the playing surface</source>
        <translation>--corners necesita cuatro posiciones en píxeles X,Y;X,Y;X,Y;X,Y: las esquinas de la superficie de juego izquierda de cabecera, izquierda del pie, derecha de cabecera y derecha del pie</translation>
    </message>
    <message>
        <source>The playing surface&apos;s corners in pixels instead of finding them: head-left, foot-left, head-right, foot-right.</source>
        <translation>Las esquinas de la superficie de juego en píxeles, en lugar de buscarlas: izquierda de cabecera, izquierda del pie, derecha de cabecera, derecha del pie.</translation>
    </message>
    <message>
        <source>The simulated table started a new game.</source>
        <translation>La mesa simulada empezó un nuevo encuentro.</translation>
    </message>
    <message>
        <source>%1: the match at the table cannot be refereed: %2</source>
        <translation>%1: no se puede arbitrar el encuentro de la mesa: %2</translation>
    </message>
    <message>
        <source>The simulated table&apos;s own record of the shot.</source>
        <translation>El registro del tiro que hizo la propia mesa simulada.</translation>
    </message>
    <message>
        <source>there is no venue in this database</source>
        <translation>no hay ninguna sala en esta base de datos</translation>
    </message>
    <message>
        <source>the live games are off: %1</source>
        <translation>los encuentros en directo están desactivados: %1</translation>
    </message>
    <message>
        <source>serving the live games on port %1: %2</source>
        <translation>los encuentros en directo se sirven en el puerto %1: %2</translation>
    </message>
    <message>
        <source>the live games are not running</source>
        <translation>los encuentros en directo no están en marcha</translation>
    </message>
    <message>
        <source>the database has no venue</source>
        <translation>la base de datos no tiene ninguna sala</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot; has no table &quot;%2&quot;; its tables are: %3</source>
        <translation>la sala «%1» no tiene ninguna mesa «%2»; sus mesas son: %3</translation>
    </message>
    <message>
        <source>venue &quot;%1&quot; has no tables</source>
        <translation>la sala «%1» no tiene mesas</translation>
    </message>
    <message>
        <source>print the tables&apos; QR cards, which players scan to join a game</source>
        <translation>imprimir las tarjetas QR de las mesas, que los jugadores escanean para unirse a un encuentro</translation>
    </message>
    <message>
        <source>Only this table&apos;s card (default: every table).</source>
        <translation>Solo la tarjeta de esta mesa (por defecto: todas las mesas).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Write the cards to this PDF: one A6 card, or A4 sheets of four cards for every table.</source>
        <translation>Escribir las tarjetas en este PDF: una tarjeta A6, o para todas las mesas hojas A4 de cuatro tarjetas.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Write the table&apos;s card to this PNG (300 dpi).</source>
        <translation>Escribir la tarjeta de la mesa en este PNG (300 ppp).</translation>
    </message>
    <message>
        <source>qr needs --pdf FILE or --png FILE</source>
        <translation>qr necesita --pdf ARCHIVO o --png ARCHIVO</translation>
    </message>
    <message>
        <source>--png writes one card: name it with --table NAME</source>
        <translation>--png escribe una tarjeta: indíquela con --table NOMBRE</translation>
    </message>
    <message>
        <source>cannot serve the live games: %1</source>
        <translation>no se pueden servir los encuentros en directo: %1</translation>
    </message>
    <message>
        <source>This table has no camera, so it cannot referee a match.</source>
        <translation>Esta mesa no tiene cámara, así que no puede arbitrar un encuentro.</translation>
    </message>
    <message>
        <source>This table already has a match being played.</source>
        <translation>En esta mesa ya se está jugando un encuentro.</translation>
    </message>
    <message>
        <source>Serve the live games to phones and screens on this port (default 8080; 0: any free port).</source>
        <translation>Servir los encuentros en directo a móviles y pantallas en este puerto (por defecto 8080; 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>The address phones open, in the tables&apos; join links (default: http://&lt;this PC&apos;s LAN address&gt;:&lt;port&gt;).</source>
        <translation>La dirección que abren los móviles, en los enlaces de acceso de las mesas (por defecto: http://&lt;dirección LAN de este PC&gt;:&lt;puerto&gt;).</translation>
    </message>
    <message>
        <source>--port is a port number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port es un número de puerto de 0 a 65535, no «%1»</translation>
    </message>
    <message>
        <source>--public-url is an http:// or https:// address, not &quot;%1&quot;</source>
        <translation>--public-url es una dirección http:// o https://, no «%1»</translation>
    </message>
    <message>
        <source>the booking must end after it starts: --to %1 is not after --from %2</source>
        <translation>la reserva debe terminar después de empezar: --to %1 no es posterior a --from %2</translation>
    </message>
    <message>
        <source>the venue has no table &quot;%1&quot;; its tables are: %2</source>
        <translation>la sala no tiene ninguna mesa «%1»; sus mesas son: %2</translation>
    </message>
    <message>
        <source>%1 is out of order and cannot be booked</source>
        <translation>%1 está fuera de servicio y no se puede reservar</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 for %4 (booking %5).</source>
        <translation>%1 ya está reservada de %2 a %3 para %4 (reserva %5).</translation>
    </message>
    <message>
        <source>book needs --table NAME, --from ISO, --to ISO and --name WHO</source>
        <translation>book necesita --table NAME, --from ISO, --to ISO y --name WHO</translation>
    </message>
    <message>
        <source>--%1 %2 is not a date and time like 2026-12-05T19:00, 2026-12-05T19:00:00Z or 2026-12-05T19:00+01:00</source>
        <translation>--%1 %2 no es una fecha y hora como 2026-12-05T19:00, 2026-12-05T19:00:00Z o 2026-12-05T19:00+01:00</translation>
    </message>
    <message>
        <source>book a table, refusing a time another booking holds</source>
        <translation>reservar una mesa, rechazando un horario que ya ocupa otra reserva</translation>
    </message>
    <message>
        <source>The table&apos;s name.</source>
        <translation>El nombre de la mesa.</translation>
    </message>
    <message>
        <source>When the booking starts (ISO 8601; without a zone, the venue&apos;s time).</source>
        <translation>Cuándo empieza la reserva (ISO 8601; sin zona, la hora de la sala).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>When the booking ends (ISO 8601; without a zone, the venue&apos;s time).</source>
        <translation>Cuándo termina la reserva (ISO 8601; sin zona, la hora de la sala).</translation>
    </message>
    <message>
        <source>Who the table is booked for.</source>
        <translation>Para quién se reserva la mesa.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>The venue could not be read again after a change elsewhere: %1</source>
        <translation>No se pudo volver a leer la sala tras un cambio hecho en otro lugar: %1</translation>
    </message>
    <message>
        <source>%1: run by %2; standing by</source>
        <translation>%1: la gestiona %2; en espera</translation>
    </message>
    <message>
        <source>%1: run here by %2</source>
        <translation>%1: la gestiona aquí %2</translation>
    </message>
    <message>
        <source>%1: taking over from %2</source>
        <translation>%1: tomando el relevo de %2</translation>
    </message>
    <message>
        <source>%1: the table&apos;s lease could not be renewed; its match is no longer written here</source>
        <translation>%1: no se pudo renovar la concesión de la mesa; su partida ya no se registra aquí</translation>
    </message>
    <message>
        <source>%1: now run by %2; its match is no longer written here</source>
        <translation>%1: ahora la gestiona %2; su partida ya no se registra aquí</translation>
    </message>
    <message>
        <source>cannot renew the tables&apos; leases: %1</source>
        <translation>no se pueden renovar las concesiones de las mesas: %1</translation>
    </message>
    <message>
        <source>Another venue PC runs this table&apos;s match, so it cannot be started here.</source>
        <translation>Otro PC de la sala gestiona la partida de esta mesa, así que no se puede iniciar aquí.</translation>
    </message>
    <message>
        <source>cannot read the venues: %1</source>
        <translation>no se pueden leer las salas: %1</translation>
    </message>
    <message>
        <source>there is no venue &quot;%1&quot;: the database has no venue</source>
        <translation>no existe la sala «%1»: la base de datos no tiene ninguna sala</translation>
    </message>
    <message>
        <source>there is no venue &quot;%1&quot;; the venues are %2</source>
        <translation>no existe la sala «%1»; las salas son %2</translation>
    </message>
    <message>
        <source>Run this venue of the database (a chain keeps several on one database); it stays this PC&apos;s venue.</source>
        <translation>Gestionar esta sala de la base de datos (una cadena guarda varias en una misma base de datos); queda como la sala de este PC.</translation>
    </message>
    <message>
        <source>--venue needs a venue&apos;s name</source>
        <translation>--venue necesita el nombre de una sala</translation>
    </message>
    <message>
        <source>bracket needs --format FORMAT and --players N</source>
        <translation>bracket necesita --format FORMATO y --players N</translation>
    </message>
    <message>
        <source>--format needs single, double, round-robin or swiss, not &quot;%1&quot;</source>
        <translation>--format necesita single, double, round-robin o swiss, no «%1»</translation>
    </message>
    <message>
        <source>--players needs a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--players necesita un número entero de %1 a %2, no «%3»</translation>
    </message>
    <message>
        <source>--grand-final goes only with --format double</source>
        <translation>--grand-final solo va con --format double</translation>
    </message>
    <message>
        <source>--grand-final needs simple or double, not &quot;%1&quot;</source>
        <translation>--grand-final necesita simple o double, no «%1»</translation>
    </message>
    <message>
        <source>--third-place goes only with --format single</source>
        <translation>--third-place solo va con --format single</translation>
    </message>
    <message>
        <source>--rounds goes only with --format swiss</source>
        <translation>--rounds solo va con --format swiss</translation>
    </message>
    <message>
        <source>--rounds needs a whole number from 1 to %1 for %2 players, not &quot;%3&quot;</source>
        <translation>--rounds necesita un número entero de 1 a %1 para %2 jugadores, no «%3»</translation>
    </message>
    <message>
        <source>--simulate needs higher-seed-wins, not &quot;%1&quot;</source>
        <translation>--simulate necesita higher-seed-wins, no «%1»</translation>
    </message>
    <message>
        <source>plan a tournament&apos;s draw for players P1..PN and play it out</source>
        <translation>planificar el cuadro de un torneo para los jugadores P1..PN y jugarlo</translation>
    </message>
    <message>
        <source>single, double (elimination), round-robin or swiss.</source>
        <translation>single, double (eliminación), round-robin o swiss.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>How many players, 2 to 1024, named P1..PN by seed.</source>
        <translation>Cuántos jugadores, de 2 a 1024, llamados P1..PN por orden de cabeza de serie.</translation>
    </message>
    <message>
        <source>Double elimination: simple, one grand final, or double, a second when the losers&apos; bracket champion wins the first (default double).</source>
        <translation>Doble eliminación: simple, una sola gran final, o double, una segunda cuando el campeón del cuadro de perdedores gana la primera (por defecto double).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Single elimination: the semi-finals&apos; losers play for third place.</source>
        <translation>Eliminación directa: los perdedores de las semifinales juegan por el tercer puesto.</translation>
    </message>
    <message>
        <source>Swiss: how many rounds (default: enough for one unbeaten player, the smallest R with 2^R &gt;= N).</source>
        <translation>Sistema suizo: cuántas rondas (por defecto: las suficientes para que quede un solo jugador invicto, el menor R con 2^R &gt;= N).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Play the draw out: higher-seed-wins, the better seed wins every match 1-0.</source>
        <translation>Jugar el cuadro: higher-seed-wins, la mejor cabeza de serie gana cada encuentro 1-0.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Print one JSON document (docs/commands.md) instead of the draw as text.</source>
        <translation>Imprimir un documento JSON (docs/commands.md) en lugar del cuadro como texto.</translation>
    </message>
    <message>
        <source>Single elimination of P1 to %1.</source>
        <translation>Eliminación directa de P1 a %1.</translation>
    </message>
    <message>
        <source>Double elimination of P1 to %1, with a second grand final when the losers&apos; bracket champion wins the first.</source>
        <translation>Doble eliminación de P1 a %1, con una segunda gran final si el campeón del cuadro de perdedores gana la primera.</translation>
    </message>
    <message>
        <source>Double elimination of P1 to %1, with one grand final.</source>
        <translation>Doble eliminación de P1 a %1, con una sola gran final.</translation>
    </message>
    <message>
        <source>Round robin of P1 to %1.</source>
        <translation>Todos contra todos de P1 a %1.</translation>
    </message>
    <message>
        <source>Swiss of P1 to %1; rounds planned: %2.</source>
        <translation>Sistema suizo de P1 a %1; rondas previstas: %2.</translation>
    </message>
    <message>
        <source>winners&apos; round %1</source>
        <translation>ronda %1 de ganadores</translation>
    </message>
    <message>
        <source>losers&apos; round %1</source>
        <translation>ronda %1 de perdedores</translation>
    </message>
    <message>
        <source>grand final</source>
        <translation>gran final</translation>
    </message>
    <message>
        <source>second grand final</source>
        <translation>segunda gran final</translation>
    </message>
    <message>
        <source>third place</source>
        <translation>tercer puesto</translation>
    </message>
    <message>
        <source>group %1, round %2</source>
        <translation>grupo %1, ronda %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>the winner of match %1</source>
        <translation>el ganador del encuentro %1</translation>
    </message>
    <message>
        <source>the loser of match %1</source>
        <translation>el perdedor del encuentro %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 beat %4 %5-%6.</source>
        <translation>Encuentro %1 (%2): %3 ganó a %4 %5-%6.</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 goes through with a bye.</source>
        <translation>Encuentro %1 (%2): %3 pasa con pase libre.</translation>
    </message>
    <message>
        <source>Match %1 (%2): not needed.</source>
        <translation>Encuentro %1 (%2): no hace falta.</translation>
    </message>
    <message>
        <source>Match %1 (%2): %3 against %4.</source>
        <translation>Encuentro %1 (%2): %3 contra %4.</translation>
    </message>
    <message>
        <source>Round %1:</source>
        <translation>Ronda %1:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Puestos:</translation>
    </message>
    <message>
        <source>  Group %1, place %2: %3</source>
        <translation>  Grupo %1, puesto %2: %3</translation>
    </message>
    <message>
        <source>  Place %1: %2</source>
        <translation>  Puesto %1: %2</translation>
    </message>
    <message>
        <source>--%1 needs two values: --%1 %2</source>
        <translation>--%1 necesita dos valores: --%1 %2</translation>
    </message>
    <message>
        <source>cannot record the tournaments&apos; results from the tables: %1</source>
        <translation>no se pueden registrar los resultados de los torneos desde las mesas: %1</translation>
    </message>
    <message numerus="yes">
        <source>recorded %n tournament result(s) from the tables</source>
        <translation>
            <numerusform>se registró %n resultado de torneo desde las mesas</numerusform>
            <numerusform>se registraron %n resultados de torneo desde las mesas</numerusform>
        </translation>
    </message>
    <message>
        <source>odds needs exactly two ratings: --rating A --rating B</source>
        <translation>odds necesita exactamente dos ratings: --rating A --rating B</translation>
    </message>
    <message>
        <source>--rating needs a number, not &quot;%1&quot;</source>
        <translation>--rating necesita un número, no «%1»</translation>
    </message>
    <message>
        <source>odds needs the race, once: --race RA RB, the racks each player needs</source>
        <translation>odds necesita la carrera, una vez: --race RA RB, las partidas que necesita cada jugador</translation>
    </message>
    <message>
        <source>--race needs whole numbers of racks from 1 to %1, not &quot;%2&quot;</source>
        <translation>--race necesita números enteros de partidas de 1 a %1, no «%2»</translation>
    </message>
    <message>
        <source>A player rated %1 against one rated %2 wins %3 % of the racks, and %4 % of the races to %5 against %6.</source>
        <translation>Un jugador con un rating de %1 contra otro con %2 gana el %3 % de las partidas, y el %4 % de las carreras a %5 contra %6.</translation>
    </message>
    <message>
        <source>the Fargo chances of winning a rack and a race, from two ratings</source>
        <translation>las probabilidades Fargo de ganar una partida y una carrera, a partir de dos ratings</translation>
    </message>
    <message>
        <source>A player&apos;s Fargo rating: give it twice, the player the chances are for first.</source>
        <translation>El rating Fargo de un jugador: indíquelo dos veces, primero el del jugador para el que se calculan las probabilidades.</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>RATING</translation>
    </message>
    <message>
        <source>The race: the racks the first player needs, then the racks the second needs.</source>
        <translation>La carrera: las partidas que necesita el primer jugador y luego las que necesita el segundo.</translation>
    </message>
    <message>
        <source>RA RB</source>
        <translation>RA RB</translation>
    </message>
    <message>
        <source>Print the chances as one JSON object.</source>
        <translation>Imprimir las probabilidades como un objeto JSON.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>ratings needs the results: --results FILE.csv</source>
        <translation>ratings necesita los resultados: --results ARCHIVO.csv</translation>
    </message>
    <message>
        <source>--starter needs a rating, not &quot;%1&quot;</source>
        <translation>--starter necesita un rating, no «%1»</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>fit Fargo ratings from results in a CSV file, best first</source>
        <translation>calcular los ratings Fargo a partir de resultados en un archivo CSV, el mejor primero</translation>
    </message>
    <message>
        <source>The results: a CSV file with the header date,player_a,player_b,racks_a,racks_b.</source>
        <translation>Los resultados: un archivo CSV con la cabecera date,player_a,player_b,racks_a,racks_b.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Every player&apos;s starter rating, counted as 20 racks against an equal (default 500).</source>
        <translation>El rating inicial de cada jugador, que cuenta como 20 partidas contra un rival igual (por defecto 500).</translation>
    </message>
    <message>
        <source>Print the ratings as one JSON object.</source>
        <translation>Imprimir los ratings como un objeto JSON.</translation>
    </message>
    <message>
        <source>the data folder and database are those %1 names</source>
        <translation>la carpeta de datos y la base de datos son las que indica %1</translation>
    </message>
    <message>
        <source>the data folder %1 cannot be written by %2: only the group %3 may write it; join the group (sudo adduser %2 %3) and log in again</source>
        <translation>el usuario %2 no puede escribir en la carpeta de datos %1: solo el grupo %3 puede escribir en ella; únase al grupo (sudo adduser %2 %3) y vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>the file %1 in the data folder cannot be written by %2 (it is %3&apos;s, group %4); let the group write it: sudo chmod g+w %1</source>
        <translation>el usuario %2 no puede escribir en el archivo %1 de la carpeta de datos (es de %3, grupo %4); permita que el grupo escriba en él: sudo chmod g+w %1</translation>
    </message>
    <message>
        <source>bad database URL in %1: %2</source>
        <translation>URL de base de datos incorrecta en %1: %2</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPCIONES</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>Comandos de usuario</translation>
    </message>
    <message>
        <source>run a pool venue: table cameras, the automatic referee, players&apos; phones and the front desk</source>
        <translation>gestionar una sala de billar: las cámaras de las mesas, el árbitro automático, los móviles de los jugadores y la recepción</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>ARGUMENTOS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>With no command, dojopool opens the front desk window on the venue floor. Each command does one job and takes only its own options; an option of another command is refused. Options may come before or after the command&apos;s name, and -- ends them.</source>
        <translation>Sin comando, dojopool abre la ventana de recepción en la sala. Cada comando hace una sola tarea y solo acepta sus propias opciones; se rechaza una opción de otro comando. Las opciones pueden ir antes o después del nombre del comando, y -- las termina.</translation>
    </message>
    <message>
        <source>The window and the commands that take --data-dir keep the venue in a data folder (its SQLite database and settings.ini) or on the database --database names. Without either option they read %1, which names the venue PC&apos;s shared folder or database, else they use the user&apos;s own data folder.</source>
        <translation>La ventana y los comandos que aceptan --data-dir guardan la sala en una carpeta de datos (su base de datos SQLite y settings.ini) o en la base de datos que indique --database. Sin ninguna de las dos opciones leen %1, que indica la carpeta o la base de datos compartida del PC de la sala; si no, usan la carpeta de datos propia del usuario.</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMANDOS</translation>
    </message>
    <message>
        <source>Every command takes these:</source>
        <translation>Todos los comandos aceptan estas:</translation>
    </message>
    <message>
        <source>THE VENUE PC</source>
        <translation>EL PC DE LA SALA</translation>
    </message>
    <message>
        <source>The Debian package runs &quot;dojopool serve&quot; as the system service dojopool.service, as the system user dojopool, on the data folder %1: it starts with the PC and again after a failure. Its log is in the journal: journalctl -u dojopool.</source>
        <translation>El paquete de Debian ejecuta «dojopool serve» como el servicio del sistema dojopool.service, con el usuario del sistema dojopool, sobre la carpeta de datos %1: se inicia con el PC y de nuevo tras un fallo. Su registro está en el journal: journalctl -u dojopool.</translation>
    </message>
    <message>
        <source>Staff who open the window on the same PC use the service&apos;s database, as %1 says. The data folder belongs to the group dojopool: add each member of staff to it with &quot;sudo adduser NAME dojopool&quot;, and they log in again. The window and the service share the venue safely: each table&apos;s match is written by one of them at a time, and the other stands by.</source>
        <translation>El personal que abre la ventana en el mismo PC usa la base de datos del servicio, como indica %1. La carpeta de datos pertenece al grupo dojopool: añada a cada miembro del personal con «sudo adduser NOMBRE dojopool» y que vuelva a iniciar sesión. La ventana y el servicio comparten la sala de forma segura: el encuentro de cada mesa lo escribe solo uno de ellos a la vez, y el otro espera.</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ARCHIVOS</translation>
    </message>
    <message>
        <source>The venue PC&apos;s configuration, read when neither --data-dir nor --database is given: &quot;data-dir = FOLDER&quot; (an absolute folder) and &quot;database = URL&quot; (as --database takes), one setting a line; lines starting with # are comments.</source>
        <translation>La configuración del PC de la sala, que se lee cuando no se indica ni --data-dir ni --database: «data-dir = CARPETA» (una carpeta absoluta) y «database = URL» (como la acepta --database), un ajuste por línea; las líneas que empiezan por # son comentarios.</translation>
    </message>
    <message>
        <source>The service&apos;s data folder: dojopool.sqlite and settings.ini. Owned by the user and group dojopool, mode 2770: what a member of the group makes there stays the group&apos;s.</source>
        <translation>La carpeta de datos del servicio: dojopool.sqlite y settings.ini. Pertenece al usuario y al grupo dojopool, modo 2770: lo que un miembro del grupo crea allí sigue siendo del grupo.</translation>
    </message>
    <message>
        <source>A user&apos;s own data folder, when no configuration file names one.</source>
        <translation>La carpeta de datos propia de un usuario, cuando ningún archivo de configuración indica otra.</translation>
    </message>
    <message>
        <source>The system service.</source>
        <translation>El servicio del sistema.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>Another configuration file to read instead of %1; set but empty, none is read.</source>
        <translation>Otro archivo de configuración que leer en lugar de %1; si está definida pero vacía, no se lee ninguno.</translation>
    </message>
    <message>
        <source>The display the window opens on; without one the window refuses to start.</source>
        <translation>La pantalla en la que se abre la ventana; sin ella, la ventana se niega a arrancar.</translation>
    </message>
    <message>
        <source>The language of the window, the help and the messages (English, German and Spanish so far).</source>
        <translation>El idioma de la ventana, la ayuda y los mensajes (por ahora inglés, alemán y español).</translation>
    </message>
    <message>
        <source>Where the user&apos;s own data folder is.</source>
        <translation>Dónde está la carpeta de datos propia del usuario.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>ESTADO DE SALIDA</translation>
    </message>
    <message>
        <source>Done: the help or the version printed, the window closed, serve stopped by SIGTERM or SIGINT, the command&apos;s work done.</source>
        <translation>Hecho: se mostró la ayuda o la versión, se cerró la ventana, serve se detuvo con SIGTERM o SIGINT, el comando terminó su trabajo.</translation>
    </message>
    <message>
        <source>The command could not do its work: no display for the window, a database that cannot be opened, a data folder that cannot be written, a file that cannot be read.</source>
        <translation>El comando no pudo hacer su trabajo: no hay pantalla para la ventana, una base de datos no se puede abrir, no se puede escribir en una carpeta de datos, no se puede leer un archivo.</translation>
    </message>
    <message>
        <source>The command line is wrong: an unknown command or option, an option of another command, a missing or wrong value.</source>
        <translation>La línea de comandos es incorrecta: un comando o una opción desconocidos, una opción de otro comando, un valor que falta o es incorrecto.</translation>
    </message>
    <message>
        <source>book: another booking holds the table at that time.</source>
        <translation>book: otra reserva ocupa la mesa a esa hora.</translation>
    </message>
    <message>
        <source>An internal error (a bug).</source>
        <translation>Un error interno (un fallo del programa).</translation>
    </message>
    <message>
        <source>Every refusal is one line on standard error that starts with &quot;dojopool: &quot;.</source>
        <translation>Cada rechazo es una línea en la salida de error estándar que empieza por «dojopool: ».</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>VÉASE TAMBIÉN</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a setting (a setting is key = value)</source>
        <translation>%1, línea %2: «%3» no es un ajuste (un ajuste es clave = valor)</translation>
    </message>
    <message>
        <source>%1, line %2: data-dir must be an absolute folder, not &quot;%3&quot;</source>
        <translation>%1, línea %2: data-dir debe ser una carpeta absoluta, no «%3»</translation>
    </message>
    <message>
        <source>%1, line %2: DojoPool knows no setting &quot;%3&quot; (it knows data-dir and database)</source>
        <translation>%1, línea %2: DojoPool no conoce el ajuste «%3» (conoce data-dir y database)</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1 (%2)</source>
        <translation>no se puede leer el archivo de configuración %1 (%2)</translation>
    </message>
    <message>
        <source>the backup is written but not listed in the database: %1</source>
        <translation>la copia de seguridad está escrita, pero no figura en la base de datos: %1</translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it</source>
        <translation>%1 ya existe; añada --force para sustituirlo</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>no se puede hacer la copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>backup needs --out FILE</source>
        <translation>backup necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>Write the backup to this file.</source>
        <translation>Escribir la copia de seguridad en este archivo.</translation>
    </message>
    <message>
        <source>Replace the file when it exists.</source>
        <translation>Sustituir el archivo si ya existe.</translation>
    </message>
    <message>
        <source>copy the venue&apos;s database into a file, while the venue runs</source>
        <translation>copiar la base de datos de la sala en un archivo mientras la sala funciona</translation>
    </message>
    <message>
        <source>settings.ini: backup/time is &quot;%1&quot;, not a time like 04:00; the nightly backup is at 04:00</source>
        <translation>settings.ini: backup/time es «%1», no una hora como 04:00; la copia de seguridad nocturna se hace a las 04:00</translation>
    </message>
    <message>
        <source>settings.ini: backup/keep is &quot;%1&quot;, not a number of backups; the newest 14 are kept</source>
        <translation>settings.ini: backup/keep es «%1», no un número de copias de seguridad; se conservan las 14 más recientes</translation>
    </message>
    <message>
        <source>waiting for the nightly backup to finish</source>
        <translation>esperando a que termine la copia de seguridad nocturna</translation>
    </message>
    <message>
        <source>nightly backup: %1</source>
        <translation>copia de seguridad nocturna: %1</translation>
    </message>
    <message>
        <source>the backup ended without a word</source>
        <translation>la copia de seguridad terminó sin dar ningún mensaje</translation>
    </message>
    <message>
        <source>nightly backup failed: %1</source>
        <translation>falló la copia de seguridad nocturna: %1</translation>
    </message>
    <message>
        <source>nightly backup: wrote %1 (%2)</source>
        <translation>copia de seguridad nocturna: se escribió %1 (%2)</translation>
    </message>
    <message>
        <source>nightly backup: removed the old backup %1</source>
        <translation>copia de seguridad nocturna: se eliminó la copia antigua %1</translation>
    </message>
    <message>
        <source>nightly backup: cannot remove the old backup %1</source>
        <translation>copia de seguridad nocturna: no se puede eliminar la copia antigua %1</translation>
    </message>
    <message>
        <source>nightly backup: %1; its time is UTC</source>
        <translation>copia de seguridad nocturna: %1; su hora es UTC</translation>
    </message>
    <message>
        <source>%1; add --force to go back to the backup anyway</source>
        <translation>%1; añada --force para volver a la copia de seguridad de todos modos</translation>
    </message>
    <message>
        <source>cannot restore while the venue runs: %1</source>
        <translation>no se puede restaurar mientras la sala funciona: %1</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>no se puede restaurar %1: %2</translation>
    </message>
    <message>
        <source>restore needs exactly one backup file</source>
        <translation>restore necesita exactamente un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the backup even when the database has newer changes.</source>
        <translation>Volver a la copia de seguridad aunque la base de datos tenga cambios más recientes.</translation>
    </message>
    <message>
        <source>put a backup back into the venue&apos;s database</source>
        <translation>devolver una copia de seguridad a la base de datos de la sala</translation>
    </message>
    <message>
        <source>the backup file (from dojopool backup or the nightly backups)</source>
        <translation>el archivo de copia de seguridad (de dojopool backup o de las copias nocturnas)</translation>
    </message>
    <message>
        <source>The backups cannot be read: %1</source>
        <translation>No se pueden leer las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>The nightly backup is turned off (settings.ini: backup/nightly).</source>
        <translation>La copia de seguridad nocturna está desactivada (settings.ini: backup/nightly).</translation>
    </message>
    <message>
        <source>A backup is made every night at %1 into %2; every one is kept.</source>
        <translation>Cada noche a las %1 se hace una copia de seguridad en %2; se conservan todas.</translation>
    </message>
    <message numerus="yes">
        <source>A backup is made every night at %1 into %2; the newest %n are kept.</source>
        <translation>
            <numerusform>Cada noche a las %1 se hace una copia de seguridad en %2; se conserva %n copia, la más reciente.</numerusform>
            <numerusform>Cada noche a las %1 se hace una copia de seguridad en %2; se conservan %n copias, las más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>the daily health report cannot go on from today&apos;s file: %1</source>
        <translation>el informe diario de estado no puede continuar a partir del archivo de hoy: %1</translation>
    </message>
    <message>
        <source>the live games are served at %1 by another DojoPool on this PC; the table cards printed here link there</source>
        <translation>los encuentros en directo los sirve en %1 otro DojoPool de este PC; las tarjetas de mesa impresas aquí enlazan allí</translation>
    </message>
    <message>
        <source>another DojoPool on this PC serves the live games (%1) and keeps the join codes it started with: stop it first (the service: sudo systemctl stop dojopool), make new codes, then start it again</source>
        <translation>otro DojoPool de este PC sirve los encuentros en directo (%1) y mantiene los códigos de acceso con los que arrancó: deténgalo primero (el servicio: sudo systemctl stop dojopool), genere códigos nuevos y luego arránquelo de nuevo</translation>
    </message>
</context>
<context>
    <name>dojo::capture</name>
    <message>
        <source>The source %1 has the option %2, which is not written as name=value.</source>
        <translation>La fuente %1 tiene la opción %2, que no está escrita como nombre=valor.</translation>
    </message>
    <message>
        <source>The size %1 is not a width and height in pixels such as 1920x1080.</source>
        <translation>El tamaño %1 no es un ancho y un alto en píxeles como 1920x1080.</translation>
    </message>
    <message>
        <source>The frame rate %1 is not a number of frames per second above 0 and up to 1000.</source>
        <translation>La frecuencia de imagen %1 no es un número de fotogramas por segundo mayor que 0 y hasta 1000.</translation>
    </message>
    <message>
        <source>The loop option %1 is neither yes nor no.</source>
        <translation>El valor %1 de la opción loop no es ni yes ni no.</translation>
    </message>
    <message>
        <source>The source %1 does not take the option %2.</source>
        <translation>La fuente %1 no admite la opción %2.</translation>
    </message>
    <message>
        <source>The source %1 names no camera; write camera:0 for the first camera, or camera: followed by the camera&apos;s device id.</source>
        <translation>La fuente %1 no nombra ninguna cámara; escriba camera:0 para la primera cámara, o camera: seguido del id de dispositivo de la cámara.</translation>
    </message>
    <message>
        <source>The simulated table&apos;s seed %1 is not a whole number from 0 to 18446744073709551615.</source>
        <translation>La semilla %1 de la mesa simulada no es un número entero de 0 a 18446744073709551615.</translation>
    </message>
    <message>
        <source>The game %1 is not one the simulated table plays; use 8-ball or 9-ball.</source>
        <translation>La mesa simulada no juega la modalidad %1; use 8-ball o 9-ball.</translation>
    </message>
    <message>
        <source>The table size %1 is not known; use 7ft, 8ft, 8ft-oversized or 9ft.</source>
        <translation>El tamaño de mesa %1 es desconocido; use 7ft, 8ft, 8ft-oversized o 9ft.</translation>
    </message>
    <message>
        <source>The stream address %1 is not a valid URL.</source>
        <translation>La dirección de transmisión %1 no es una URL válida.</translation>
    </message>
    <message>
        <source>The source %1 names no file or folder.</source>
        <translation>La fuente %1 no nombra ningún archivo ni carpeta.</translation>
    </message>
    <message>
        <source>The source is empty; name a camera (camera:0), a video file, an image, a folder of images, a stream URL or a simulated table (sim:1).</source>
        <translation>La fuente está vacía; indique una cámara (camera:0), un archivo de vídeo, una imagen, una carpeta de imágenes, una URL de transmisión o una mesa simulada (sim:1).</translation>
    </message>
    <message>
        <source>The source %1 starts with %2:, which is no kind of source DojoPool knows; use camera:, sim:, rtsp://, http://, https://, file: or a path.</source>
        <translation>La fuente %1 empieza por %2:, que no es ningún tipo de fuente que DojoPool conozca; use camera:, sim:, rtsp://, http://, https://, file: o una ruta.</translation>
    </message>
    <message>
        <source>DojoPool cannot show the source %1 here.</source>
        <translation>DojoPool no puede mostrar aquí la fuente %1.</translation>
    </message>
    <message>
        <source>The camera %1 failed (%2).</source>
        <translation>La cámara %1 ha fallado (%2).</translation>
    </message>
    <message numerus="yes">
        <source>No camera %1 is connected; this computer has %n camera(s).</source>
        <translation>
            <numerusform>No hay ninguna cámara %1 conectada; este ordenador tiene %n cámara.</numerusform>
            <numerusform>No hay ninguna cámara %1 conectada; este ordenador tiene %n cámaras.</numerusform>
        </translation>
    </message>
    <message>
        <source>The camera %1 sent no picture within %2 seconds.</source>
        <translation>La cámara %1 no envió ninguna imagen en %2 segundos.</translation>
    </message>
    <message>
        <source>The camera %1 has sent no picture for %2 seconds.</source>
        <translation>La cámara %1 lleva %2 segundos sin enviar ninguna imagen.</translation>
    </message>
    <message>
        <source>The camera %1 was disconnected.</source>
        <translation>La cámara %1 se ha desconectado.</translation>
    </message>
    <message>
        <source>The stream %1 failed (%2).</source>
        <translation>La transmisión %1 ha fallado (%2).</translation>
    </message>
    <message>
        <source>The video file %1 cannot be played (%2).</source>
        <translation>No se puede reproducir el archivo de vídeo %1 (%2).</translation>
    </message>
    <message>
        <source>The stream %1 sends no video DojoPool can play.</source>
        <translation>La transmisión %1 no envía ningún vídeo que DojoPool pueda reproducir.</translation>
    </message>
    <message>
        <source>The video file %1 holds no video DojoPool can play.</source>
        <translation>El archivo de vídeo %1 no contiene ningún vídeo que DojoPool pueda reproducir.</translation>
    </message>
    <message>
        <source>The stream %1 ended.</source>
        <translation>La transmisión %1 ha terminado.</translation>
    </message>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>El archivo de vídeo %1 no existe.</translation>
    </message>
    <message>
        <source>The video file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de vídeo %1.</translation>
    </message>
    <message>
        <source>The stream %1 sent no picture within %2 seconds of opening.</source>
        <translation>La transmisión %1 no envió ninguna imagen en los %2 segundos siguientes a su apertura.</translation>
    </message>
    <message>
        <source>The stream %1 has sent no picture for %2 seconds.</source>
        <translation>La transmisión %1 lleva %2 segundos sin enviar ninguna imagen.</translation>
    </message>
    <message>
        <source>The video file %1 showed no picture within %2 seconds.</source>
        <translation>El archivo de vídeo %1 no mostró ninguna imagen en %2 segundos.</translation>
    </message>
    <message>
        <source>The video file %1 has shown no picture for %2 seconds.</source>
        <translation>El archivo de vídeo %1 lleva %2 segundos sin mostrar ninguna imagen.</translation>
    </message>
    <message>
        <source>The image %1 cannot be read.</source>
        <translation>No se puede leer la imagen %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no images (png, jpg, jpeg, bmp, ppm, pgm, tif, tiff or webp).</source>
        <translation>La carpeta %1 no contiene imágenes (png, jpg, jpeg, bmp, ppm, pgm, tif, tiff o webp).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>La imagen %1 no existe.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: ball %1 started to move %2 s into the shot with no ball touching it.</source>
        <translation>La comprobación física duda de las trayectorias seguidas: la bola %1 empezó a moverse a los %2 s del tiro sin que ninguna bola la tocara.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: ball %1 sped up %2 s into the shot with nothing touching it.</source>
        <translation>La comprobación física duda de las trayectorias seguidas: la bola %1 aceleró a los %2 s del tiro sin que nada la tocara.</translation>
    </message>
    <message>
        <source>The physics check doubts the tracked paths: balls %1 and %2 went through each other %3 s into the shot.</source>
        <translation>La comprobación física duda de las trayectorias seguidas: las bolas %1 y %2 se atravesaron a los %3 s del tiro.</translation>
    </message>
    <message>
        <source>The tracked paths are physically possible.</source>
        <translation>Las trayectorias seguidas son físicamente posibles.</translation>
    </message>
</context>
<context>
    <name>dojo::core</name>
    <message>
        <source>%1: expected a whole number</source>
        <translation>%1: se esperaba un número entero</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1: se esperaba un número entero, no %2</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: se esperaba true o false</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1: clave desconocida</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist</source>
        <translation>%1: la bola %2 no existe</translation>
    </message>
    <message>
        <source>%1: expected an object ball 1-15, got the cue ball 0</source>
        <translation>%1: se esperaba una bola objetivo 1-15, no la bola blanca 0</translation>
    </message>
    <message>
        <source>%1: expected a pocket name such as &quot;foot-left&quot;</source>
        <translation>%1: se esperaba un nombre de tronera como &quot;foot-left&quot;</translation>
    </message>
    <message>
        <source>%1: unknown pocket &quot;%2&quot;</source>
        <translation>%1: tronera desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: expected a list of ball numbers</source>
        <translation>%1: se esperaba una lista de números de bola</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: la bola %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: expected a list of {&quot;ball&quot;: N, &quot;pocket&quot;: P}</source>
        <translation>%1: se esperaba una lista de {&quot;ball&quot;: N, &quot;pocket&quot;: P}</translation>
    </message>
    <message>
        <source>%1: expected {&quot;ball&quot;: N, &quot;pocket&quot;: P}</source>
        <translation>%1: se esperaba {&quot;ball&quot;: N, &quot;pocket&quot;: P}</translation>
    </message>
    <message>
        <source>%1: ball %2 is pocketed twice</source>
        <translation>%1: la bola %2 se entronera dos veces</translation>
    </message>
    <message>
        <source>%1: expected {&quot;ball&quot;: N, &quot;pocket&quot;: P} or &quot;safety&quot;</source>
        <translation>%1: se esperaba {&quot;ball&quot;: N, &quot;pocket&quot;: P} o &quot;safety&quot;</translation>
    </message>
    <message>
        <source>%1: expected a list of foul names</source>
        <translation>%1: se esperaba una lista de nombres de faltas</translation>
    </message>
    <message>
        <source>%1: unknown foul &quot;%2&quot;</source>
        <translation>%1: falta desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: foul &quot;%2&quot; is listed twice</source>
        <translation>%1: la falta «%2» aparece dos veces</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%1: missing (use null when the cue ball hit nothing)</source>
        <translation>%1: falta (use null si la bola blanca no tocó nada)</translation>
    </message>
    <message>
        <source>%1: ball %2 is also listed as pocketed</source>
        <translation>%1: la bola %2 también figura como entronerada</translation>
    </message>
    <message>
        <source>%1%2: a number is needed</source>
        <translation>%1%2: se necesita un número</translation>
    </message>
    <message>
        <source>balls: a list of balls is needed</source>
        <translation>balls: se necesita una lista de bolas</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>a tracking line is a JSON object</source>
        <translation>una línea de seguimiento es un objeto JSON</translation>
    </message>
    <message>
        <source>a tracking line has &quot;frame&quot; or &quot;shot&quot;</source>
        <translation>una línea de seguimiento tiene &quot;frame&quot; o &quot;shot&quot;</translation>
    </message>
</context>
<context>
    <name>dojo::health</name>
    <message>
        <source>The camera of %1 has stopped: no picture for %2 s.</source>
        <translation>La cámara de %1 se ha detenido: sin imagen desde hace %2 s.</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 frames a second processed (critical under %3).</source>
        <translation>%1 se está retrasando: procesa %2 fotogramas por segundo (crítico por debajo de %3).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 frames a second processed (warning under %3).</source>
        <translation>%1 se está retrasando: procesa %2 fotogramas por segundo (aviso por debajo de %3).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 ms to process a frame (critical over %3 ms).</source>
        <translation>%1 se está retrasando: tarda %2 ms en procesar un fotograma (crítico por encima de %3 ms).</translation>
    </message>
    <message>
        <source>%1 is falling behind: %2 ms to process a frame (warning over %3 ms).</source>
        <translation>%1 se está retrasando: tarda %2 ms en procesar un fotograma (aviso por encima de %3 ms).</translation>
    </message>
    <message>
        <source>DojoPool uses %1 of memory, %2 % of its budget of %3 (critical over %4 %).</source>
        <translation>DojoPool usa %1 de memoria, el %2 % de su presupuesto de %3 (crítico por encima del %4 %).</translation>
    </message>
    <message>
        <source>DojoPool uses %1 of memory, %2 % of its budget of %3 (warning over %4 %).</source>
        <translation>DojoPool usa %1 de memoria, el %2 % de su presupuesto de %3 (aviso por encima del %4 %).</translation>
    </message>
    <message>
        <source>The disk holding the data has %1 free, %2 % of it (critical under %3 % or %4).</source>
        <translation>El disco que contiene los datos tiene %1 libres, el %2 % (crítico por debajo del %3 % o de %4).</translation>
    </message>
    <message>
        <source>The disk holding the data has %1 free, %2 % of it (warning under %3 % or %4).</source>
        <translation>El disco que contiene los datos tiene %1 libres, el %2 % (aviso por debajo del %3 % o de %4).</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Over after %1: %2</source>
        <translation>Terminó tras %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>/proc/self/stat has no process name in parentheses</source>
        <translation>/proc/self/stat no tiene el nombre del proceso entre paréntesis</translation>
    </message>
    <message>
        <source>/proc/self/stat has too few fields</source>
        <translation>/proc/self/stat tiene muy pocos campos</translation>
    </message>
    <message>
        <source>/proc/self/stat&apos;s CPU times are not numbers</source>
        <translation>los tiempos de CPU de /proc/self/stat no son números</translation>
    </message>
    <message>
        <source>/proc/self/statm has no resident page count</source>
        <translation>/proc/self/statm no tiene el número de páginas residentes</translation>
    </message>
    <message>
        <source>/proc/meminfo has no MemTotal</source>
        <translation>/proc/meminfo no tiene MemTotal</translation>
    </message>
    <message>
        <source>cannot tell the free space of %1: %2</source>
        <translation>no se puede saber el espacio libre de %1: %2</translation>
    </message>
    <message>
        <source>%1: the same as the day before.</source>
        <translation>%1: igual que el día anterior.</translation>
    </message>
    <message>
        <source>%1: up %2 on the day before, which had none.</source>
        <translation>%1: sube %2 respecto al día anterior, que no tuvo ninguno.</translation>
    </message>
    <message>
        <source>%1: down %2 on the day before.</source>
        <translation>%1: baja %2 respecto al día anterior.</translation>
    </message>
    <message>
        <source>%1: up %2 on the day before (+%3 %).</source>
        <translation>%1: sube %2 respecto al día anterior (+%3 %).</translation>
    </message>
    <message>
        <source>%1: down %2 on the day before (−%3 %).</source>
        <translation>%1: baja %2 respecto al día anterior (−%3 %).</translation>
    </message>
    <message>
        <source>Health of DojoPool on %1</source>
        <translation>Estado de DojoPool el %1</translation>
    </message>
    <message>
        <source>No samples were taken this day.</source>
        <translation>Este día no se tomaron muestras.</translation>
    </message>
    <message>
        <source>%1 samples from %2 to %3.</source>
        <translation>%1 muestras de %2 a %3.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparado con %1.</translation>
    </message>
    <message>
        <source>There is no report of the day before to compare with.</source>
        <translation>No hay informe del día anterior con el que comparar.</translation>
    </message>
    <message>
        <source>Its camera gave no pictures this day.</source>
        <translation>Su cámara no dio imágenes este día.</translation>
    </message>
    <message>
        <source>Frames processed a second: mean %1, lowest %2, 95th percentile %3.</source>
        <translation>Fotogramas procesados por segundo: media %1, mínimo %2, percentil 95 %3.</translation>
    </message>
    <message>
        <source>Mean frames processed a second</source>
        <translation>Media de fotogramas procesados por segundo</translation>
    </message>
    <message>
        <source>Time to process a frame: mean %1 ms, lowest %2 ms, 95th percentile %3 ms.</source>
        <translation>Tiempo para procesar un fotograma: media %1 ms, mínimo %2 ms, percentil 95 %3 ms.</translation>
    </message>
    <message>
        <source>Mean time to process a frame, in ms</source>
        <translation>Tiempo medio para procesar un fotograma, en ms</translation>
    </message>
    <message>
        <source>95th percentile of the time to process a frame, in ms</source>
        <translation>Percentil 95 del tiempo para procesar un fotograma, en ms</translation>
    </message>
    <message>
        <source>Camera frames a second: mean %1, lowest %2, 95th percentile %3.</source>
        <translation>Fotogramas de la cámara por segundo: media %1, mínimo %2, percentil 95 %3.</translation>
    </message>
    <message>
        <source>Frames dropped: %1.</source>
        <translation>Fotogramas perdidos: %1.</translation>
    </message>
    <message>
        <source>Frames dropped</source>
        <translation>Fotogramas perdidos</translation>
    </message>
    <message>
        <source>Live games</source>
        <translation>Encuentros en directo</translation>
    </message>
    <message>
        <source>Connections at the peak: %1.</source>
        <translation>Pico de conexiones: %1.</translation>
    </message>
    <message>
        <source>Connections at the peak</source>
        <translation>Pico de conexiones</translation>
    </message>
    <message>
        <source>Messages sent: %1.</source>
        <translation>Mensajes enviados: %1.</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>This process</source>
        <translation>Este proceso</translation>
    </message>
    <message>
        <source>CPU in percent of one core: mean %1, peak %2.</source>
        <translation>CPU en porcentaje de un núcleo: media %1, pico %2.</translation>
    </message>
    <message>
        <source>Mean CPU in percent of one core</source>
        <translation>CPU media en porcentaje de un núcleo</translation>
    </message>
    <message>
        <source>Memory: mean %1, peak %2, of a budget of %3.</source>
        <translation>Memoria: media %1, pico %2, de un presupuesto de %3.</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pico de memoria</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>No writes this day.</source>
        <translation>Ninguna escritura este día.</translation>
    </message>
    <message>
        <source>Writes: %1; median %2 ms, 95th percentile %3 ms, longest %4 ms.</source>
        <translation>Escrituras: %1; mediana %2 ms, percentil 95 %3 ms, la más larga %4 ms.</translation>
    </message>
    <message>
        <source>Median write, in ms</source>
        <translation>Escritura mediana, en ms</translation>
    </message>
    <message>
        <source>95th percentile of the writes, in ms</source>
        <translation>Percentil 95 de las escrituras, en ms</translation>
    </message>
    <message>
        <source>Disk holding the data</source>
        <translation>Disco que contiene los datos</translation>
    </message>
    <message>
        <source>Least free: %1.</source>
        <translation>Mínimo libre: %1.</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4</source>
        <translation>%1 a %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, still going on, %2: %3</source>
        <translation>%1, todavía en curso, %2: %3</translation>
    </message>
    <message>
        <source>this is not a DojoPool health report (its format is not %1)</source>
        <translation>esto no es un informe de estado de DojoPool (su formato no es %1)</translation>
    </message>
    <message>
        <source>the health report names no day</source>
        <translation>el informe de estado no indica ningún día</translation>
    </message>
    <message>
        <source>the health report&apos;s counts name no day</source>
        <translation>los recuentos del informe de estado no indican ningún día</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot make the reports folder %1</source>
        <translation>no se puede crear la carpeta de informes %1</translation>
    </message>
    <message>
        <source>There is no health report for %1.</source>
        <translation>No hay informe de estado para el %1.</translation>
    </message>
</context>
<context>
    <name>dojo::physics</name>
    <message>
        <source>the cue ball is not on the table</source>
        <translation>la bola blanca no está en la mesa</translation>
    </message>
    <message>
        <source>ball %1 is not an object ball on the table</source>
        <translation>la bola %1 no es una bola objetivo en la mesa</translation>
    </message>
    <message>
        <source>%1: missing (%2)</source>
        <translation>%1: falta (%2)</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: se esperaba %2</translation>
    </message>
    <message>
        <source>%1: missing (&quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;)</source>
        <translation>%1: falta (&quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; o &quot;9ft&quot;)</translation>
    </message>
    <message>
        <source>%1: expected &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;</source>
        <translation>%1: se esperaba &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; o &quot;9ft&quot;</translation>
    </message>
    <message>
        <source>%1: unknown table &quot;%2&quot; (expected &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; or &quot;9ft&quot;)</source>
        <translation>%1: mesa desconocida «%2» (se esperaba &quot;7ft&quot;, &quot;8ft&quot;, &quot;8ft-oversized&quot; o &quot;9ft&quot;)</translation>
    </message>
    <message>
        <source>%1: expected {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</source>
        <translation>%1: se esperaba {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</translation>
    </message>
    <message>
        <source>a ball number 0-15, 0 the cue ball</source>
        <translation>un número de bola 0-15, 0 es la bola blanca</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist (0-15)</source>
        <translation>%1: la bola %2 no existe (0-15)</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: la bola %2 aparece dos veces</translation>
    </message>
    <message>
        <source>a number in millimetres</source>
        <translation>un número en milímetros</translation>
    </message>
    <message>
        <source>%1: ball %2 at (%3, %4) is off the bed: its centre must be a ball radius (%5 mm) inside the cushions</source>
        <translation>%1: la bola %2 en (%3, %4) está fuera del paño: su centro debe quedar un radio de bola (%5 mm) dentro de las bandas</translation>
    </message>
    <message>
        <source>%1: ball %2 overlaps ball %3 (centres %4 mm apart, less than a ball&apos;s %5 mm)</source>
        <translation>%1: la bola %2 se solapa con la bola %3 (centros a %4 mm, menos que los %5 mm de una bola)</translation>
    </message>
    <message>
        <source>%1: missing (a list of {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm})</source>
        <translation>%1: falta (una lista de {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm})</translation>
    </message>
    <message>
        <source>%1: expected a list of {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</source>
        <translation>%1: se esperaba una lista de {&quot;id&quot;: N, &quot;x&quot;: mm, &quot;y&quot;: mm}</translation>
    </message>
    <message>
        <source>%1: no cue ball (id 0)</source>
        <translation>%1: no hay bola blanca (id 0)</translation>
    </message>
    <message>
        <source>a fraction of the ball radius</source>
        <translation>una fracción del radio de la bola</translation>
    </message>
    <message>
        <source>%1: %2 is outside -%3 to %3 (a fraction of the ball radius; further out the tip miscues)</source>
        <translation>%1: %2 está fuera de -%3 a %3 (una fracción del radio de la bola; más afuera el taco pifia)</translation>
    </message>
    <message>
        <source>the cue ball&apos;s speed in m/s</source>
        <translation>la velocidad de la bola blanca en m/s</translation>
    </message>
    <message>
        <source>%1: must be above 0 m/s</source>
        <translation>%1: debe ser mayor que 0 m/s</translation>
    </message>
    <message>
        <source>%1: %2 m/s is faster than any player can strike (at most %3)</source>
        <translation>%1: %2 m/s es más rápido de lo que ningún jugador puede golpear (como máximo %3)</translation>
    </message>
    <message>
        <source>degrees, 0 toward the foot, 90 along +y</source>
        <translation>grados, 0 hacia el pie de la mesa, 90 a lo largo de +y</translation>
    </message>
    <message>
        <source>%1: expected a JSON object with &quot;table&quot;, &quot;balls&quot; and &quot;cue&quot;</source>
        <translation>%1: se esperaba un objeto JSON con &quot;table&quot;, &quot;balls&quot; y &quot;cue&quot;</translation>
    </message>
    <message>
        <source>a shot holds at most %1 balls, not %2</source>
        <translation>un tiro admite como máximo %1 bolas, no %2</translation>
    </message>
    <message>
        <source>ball %1 does not exist (0-15)</source>
        <translation>la bola %1 no existe (0-15)</translation>
    </message>
    <message>
        <source>ball %1 is listed twice</source>
        <translation>la bola %1 aparece dos veces</translation>
    </message>
</context>
<context>
    <name>dojo::print</name>
    <message>
        <source>A QR code needs a text to hold.</source>
        <translation>Un código QR necesita un texto que contener.</translation>
    </message>
    <message>
        <source>A text of %1 bytes is too long for a QR code.</source>
        <translation>Un texto de %1 bytes es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>No se pudo generar el código QR: %1.</translation>
    </message>
    <message>
        <source>The card of %1 has no address to put in its QR code.</source>
        <translation>La tarjeta de %1 no tiene ninguna dirección que poner en su código QR.</translation>
    </message>
    <message>
        <source>A card&apos;s resolution must be from %1 to %2 dots per inch, not %3.</source>
        <translation>La resolución de una tarjeta debe ser de %1 a %2 puntos por pulgada, no %3.</translation>
    </message>
    <message>
        <source>There are no table cards to print.</source>
        <translation>No hay tarjetas de mesa que imprimir.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: the printer or file does not accept painting.</source>
        <translation>No se pueden imprimir las tarjetas de mesa: la impresora o el archivo no admite que se dibuje en él.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: a new page does not start.</source>
        <translation>No se pueden imprimir las tarjetas de mesa: no se puede empezar una página nueva.</translation>
    </message>
    <message>
        <source>The table cards cannot be printed: the printer or file did not finish the pages.</source>
        <translation>No se pueden imprimir las tarjetas de mesa: la impresora o el archivo no terminó las páginas.</translation>
    </message>
    <message>
        <source>The table cards cannot be written to %1: %2.</source>
        <translation>No se pueden escribir las tarjetas de mesa en %1: %2.</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Tarjetas de mesa</translation>
    </message>
    <message>
        <source>The table card cannot be written to %1: %2.</source>
        <translation>No se puede escribir la tarjeta de mesa en %1: %2.</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera to join the game at this table.</source>
        <translation>Escanee con la cámara del móvil para unirse al encuentro de esta mesa.</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the printer or file does not accept painting.</source>
        <translation>No se puede imprimir el recibo: la impresora o el archivo no acepta el dibujo.</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the printer or file did not finish the page.</source>
        <translation>No se puede imprimir el recibo: la impresora o el archivo no terminó la página.</translation>
    </message>
    <message>
        <source>The receipt cannot be written to %1: %2.</source>
        <translation>No se puede escribir el recibo en %1: %2.</translation>
    </message>
</context>
<context>
    <name>dojo::rules</name>
    <message>
        <source>%1: expected a list of ball numbers</source>
        <translation>%1: se esperaba una lista de números de bola</translation>
    </message>
    <message>
        <source>%1: ball %2 is not in a %3 rack</source>
        <translation>%1: la bola %2 no forma parte de una partida de %3</translation>
    </message>
    <message>
        <source>%1: ball %2 is listed twice</source>
        <translation>%1: la bola %2 aparece dos veces</translation>
    </message>
    <message>
        <source>%1: expected none, anywhere or behind-head-string</source>
        <translation>%1: se esperaba none, anywhere o behind-head-string</translation>
    </message>
    <message>
        <source>%1: unknown &quot;%2&quot;</source>
        <translation>%1: valor desconocido «%2»</translation>
    </message>
    <message>
        <source>%1: expected a list of choices</source>
        <translation>%1: se esperaba una lista de opciones</translation>
    </message>
    <message>
        <source>%1: unknown choice &quot;%2&quot;</source>
        <translation>%1: elección desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: no choice is pending</source>
        <translation>%1: no hay ninguna elección pendiente</translation>
    </message>
    <message>
        <source>%1: the pending %2 offers choices</source>
        <translation>%1: %2 está pendiente y ofrece opciones</translation>
    </message>
    <message>
        <source>%1: only eight-ball has groups</source>
        <translation>%1: solo eight-ball tiene grupos</translation>
    </message>
    <message>
        <source>%1: expected solids or stripes</source>
        <translation>%1: se esperaba solids o stripes</translation>
    </message>
    <message>
        <source>%1: expected one player on solids and one on stripes</source>
        <translation>%1: se esperaba un jugador con solids y otro con stripes</translation>
    </message>
    <message>
        <source>%1: a rack that is not over has none</source>
        <translation>%1: una partida no terminada no tiene ganador</translation>
    </message>
    <message>
        <source>%1: only an abandoned rack names the next breaker</source>
        <translation>%1: solo una partida abandonada indica quién saca a continuación</translation>
    </message>
    <message>
        <source>%1: a rack that was won names no next breaker</source>
        <translation>%1: una partida ganada no indica quién saca a continuación</translation>
    </message>
    <message>
        <source>%1: racks won cannot be negative</source>
        <translation>%1: las partidas ganadas no pueden ser negativas</translation>
    </message>
    <message>
        <source>%1: cannot be negative</source>
        <translation>%1: no puede ser negativo</translation>
    </message>
    <message>
        <source>a correction is a JSON object</source>
        <translation>una corrección es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: expected eight-ball, nine-ball, ten-ball or straight-pool</source>
        <translation>%1: se esperaba eight-ball, nine-ball, ten-ball o straight-pool</translation>
    </message>
    <message>
        <source>%1: expected a player&apos;s name, got null</source>
        <translation>%1: se esperaba el nombre de un jugador, no null</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>%1: se esperaba &quot;%2&quot; o &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: expected {&quot;%2&quot;: N, &quot;%3&quot;: N}</source>
        <translation>%1: se esperaba {&quot;%2&quot;: N, &quot;%3&quot;: N}</translation>
    </message>
    <message>
        <source>%1: expected a whole number of at least 0</source>
        <translation>%1: se esperaba un número entero de al menos 0</translation>
    </message>
    <message>
        <source>%1: expected &quot;alternate&quot; or &quot;winner&quot;</source>
        <translation>%1: se esperaba &quot;alternate&quot; o &quot;winner&quot;</translation>
    </message>
    <message>
        <source>%1: expected a whole number per player</source>
        <translation>%1: se esperaba un número entero por jugador</translation>
    </message>
    <message>
        <source>%1: not one of the players</source>
        <translation>%1: no es ninguno de los jugadores</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: se esperaba un objeto</translation>
    </message>
    <message>
        <source>%1: unknown option; a newer DojoPool started this match</source>
        <translation>%1: opción desconocida; este encuentro lo inició un DojoPool más reciente</translation>
    </message>
    <message>
        <source>ball %1 does not exist</source>
        <translation>la bola %1 no existe</translation>
    </message>
    <message>
        <source>%1: ball %2 does not exist</source>
        <translation>%1: la bola %2 no existe</translation>
    </message>
    <message>
        <source>ball %1 is not on the table</source>
        <translation>la bola %1 no está en la mesa</translation>
    </message>
    <message>
        <source>%1: ball %2 is not on the table</source>
        <translation>%1: la bola %2 no está en la mesa</translation>
    </message>
    <message>
        <source>the match is over</source>
        <translation>el encuentro ha terminado</translation>
    </message>
    <message>
        <source>the rack is over</source>
        <translation>la partida ha terminado</translation>
    </message>
    <message>
        <source>a choice is pending (%1); it must be taken first</source>
        <translation>hay una elección pendiente (%1); debe hacerse antes</translation>
    </message>
    <message>
        <source>break: no break is due; the rack is under way</source>
        <translation>break: no toca sacar; la partida ya está en curso</translation>
    </message>
    <message>
        <source>ball %1 is pocketed twice</source>
        <translation>la bola %1 se entronera dos veces</translation>
    </message>
    <message>
        <source>off_table: ball %1 was pocketed</source>
        <translation>off_table: la bola %1 se entroneró</translation>
    </message>
    <message>
        <source>ball %1 was pocketed though the cue ball touched no ball</source>
        <translation>la bola %1 se entroneró aunque la bola blanca no tocó ninguna bola</translation>
    </message>
    <message>
        <source>%1 was not offered</source>
        <translation>%1 no se ofreció</translation>
    </message>
    <message>
        <source>a correction cannot change the game</source>
        <translation>una corrección no puede cambiar la modalidad</translation>
    </message>
    <message>
        <source>%1: expected two names</source>
        <translation>%1: se esperaban dos nombres</translation>
    </message>
    <message>
        <source>%1: expected two different, non-empty names</source>
        <translation>%1: se esperaban dos nombres distintos y no vacíos</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON no válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>un escenario es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;</source>
        <translation>%1: se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: only &quot;wpa&quot; is known</source>
        <translation>%1: solo se conoce &quot;wpa&quot;</translation>
    </message>
    <message>
        <source>%1: expected a list of steps</source>
        <translation>%1: se esperaba una lista de pasos</translation>
    </message>
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
        <source>%1: %2, %n of them scratches</source>
        <translation>
            <numerusform>%1: %2, %n de ellas de bola blanca</numerusform>
            <numerusform>%1: %2, %n de ellas de bola blanca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foul(s)</source>
        <translation>
            <numerusform>%n falta</numerusform>
            <numerusform>%n faltas</numerusform>
        </translation>
    </message>
    <message>
        <source>the step kind &quot;%1&quot; is unknown</source>
        <translation>el tipo de paso «%1» es desconocido</translation>
    </message>
    <message>
        <source>a decision holds exactly {&quot;choice&quot;: KEY}</source>
        <translation>una decisión contiene exactamente {&quot;choice&quot;: KEY}</translation>
    </message>
    <message>
        <source>a stalemate has no input</source>
        <translation>unas tablas no tienen entrada</translation>
    </message>
    <message>
        <source>a step must be a JSON object</source>
        <translation>un paso debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>a step holds exactly one of shot, decision or event</source>
        <translation>un paso contiene exactamente uno de shot, decision o event</translation>
    </message>
    <message>
        <source>%1: the only event is &quot;stalemate&quot;</source>
        <translation>%1: el único evento es &quot;stalemate&quot;</translation>
    </message>
</context>
<context>
    <name>dojo::simulation</name>
    <message>
        <source>Shot %1 of the simulated match could not be simulated (%2); the balls were racked again.</source>
        <translation>No se pudo simular el tiro %1 del encuentro simulado (%2); se volvieron a colocar las bolas.</translation>
    </message>
    <message>
        <source>The referee refused shot %1 of the simulated match (%2); the balls were racked again.</source>
        <translation>El árbitro rechazó el tiro %1 del encuentro simulado (%2); se volvieron a colocar las bolas.</translation>
    </message>
    <message>
        <source>The referee refused a simulated player&apos;s choice (%1).</source>
        <translation>El árbitro rechazó la elección de un jugador simulado (%1).</translation>
    </message>
</context>
<context>
    <name>dojo::storage</name>
    <message>
        <source>an audit entry needs an actor and an action</source>
        <translation>una entrada del registro necesita un autor y una acción</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>no se puede escribir en el registro: %1</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>no se puede leer el registro: %1</translation>
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
        <source>the PostgreSQL URL has options after &apos;?&apos; or &apos;#&apos;, which DojoPool does not support</source>
        <translation>la URL de PostgreSQL tiene opciones tras &apos;?&apos; o &apos;#&apos;, que DojoPool no admite</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has an &apos;@&apos; but no user name before it</source>
        <translation>la URL de PostgreSQL tiene &apos;@&apos; pero ningún usuario delante</translation>
    </message>
    <message>
        <source>the PostgreSQL URL&apos;s host has a &apos;[&apos; without its &apos;]&apos;</source>
        <translation>el host de la URL de PostgreSQL tiene &apos;[&apos; sin su &apos;]&apos;</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has text after the host&apos;s &apos;]&apos; that is not a &apos;:port&apos;</source>
        <translation>la URL de PostgreSQL tiene texto tras el &apos;]&apos; del host que no es &apos;:puerto&apos;</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no host; write postgresql://user@host:port/database</source>
        <translation>la URL de PostgreSQL no nombra ningún host; escriba postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>the PostgreSQL URL has a &apos;:&apos; after the host but no port</source>
        <translation>la URL de PostgreSQL tiene &apos;:&apos; tras el host pero ningún puerto</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URL is not a number from 1 to 65535</source>
        <translation>el puerto «%1» de la URL de PostgreSQL no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database; add /database after the host</source>
        <translation>la URL de PostgreSQL no nombra ninguna base de datos; añada /base tras el host</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; in the PostgreSQL URL contains a &apos;/&apos;</source>
        <translation>el nombre de base de datos «%1» de la URL de PostgreSQL contiene una &apos;/&apos;</translation>
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
        <source>unknown database URL scheme &quot;%1&quot;; use postgresql:// or sqlite:</source>
        <translation>esquema de URL de base de datos desconocido «%1»; use postgresql:// o sqlite:</translation>
    </message>
    <message>
        <source>the column %1 does not hold a JSON object</source>
        <translation>la columna %1 no contiene un objeto JSON</translation>
    </message>
    <message>
        <source>there is no rack %1 to end</source>
        <translation>no hay partida %1 que terminar</translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool database (it has the tables %2 but no dojo_schema); it was left untouched</source>
        <translation>%1 no es una base de datos de DojoPool (tiene las tablas %2 pero no dojo_schema); no se ha tocado</translation>
    </message>
    <message>
        <source>the database schema is version %1 but this DojoPool knows only up to version %2; use a newer DojoPool</source>
        <translation>el esquema de la base de datos es la versión %1 pero este DojoPool solo conoce hasta la versión %2; use un DojoPool más reciente</translation>
    </message>
    <message>
        <source>the connection to the database is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
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
        <source>the table &quot;%1&quot; needs a status</source>
        <translation>la mesa «%1» necesita un estado</translation>
    </message>
    <message>
        <source>a player needs a name</source>
        <translation>un jugador necesita un nombre</translation>
    </message>
    <message>
        <source>table %1 (&quot;%2&quot;) has the size &quot;%3&quot;, which this DojoPool does not know; a newer version wrote it</source>
        <translation>la mesa %1 («%2») tiene el tamaño «%3», que este DojoPool no conoce; lo escribió una versión más reciente</translation>
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
        <source>a step needs a kind</source>
        <translation>un paso necesita un tipo</translation>
    </message>
    <message>
        <source>a step needs an actor</source>
        <translation>un paso necesita un autor</translation>
    </message>
    <message>
        <source>cannot start the match of %1 and %2: %3</source>
        <translation>no se puede iniciar el encuentro de %1 y %2: %3</translation>
    </message>
    <message>
        <source>table %1 already has match %2 in play; resume or finish it first</source>
        <translation>la mesa %1 ya tiene el encuentro %2 en juego; reanúdelo o termínelo antes</translation>
    </message>
    <message>
        <source>cannot store step %1 of match %2: %3</source>
        <translation>no se puede guardar el paso %1 del encuentro %2: %3</translation>
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
        <source>cannot finish match %1: %2</source>
        <translation>no se puede terminar el encuentro %1: %2</translation>
    </message>
    <message>
        <source>it is already finished</source>
        <translation>ya está terminado</translation>
    </message>
    <message>
        <source>cannot read match %1: %2</source>
        <translation>no se puede leer el encuentro %1: %2</translation>
    </message>
    <message>
        <source>there is no match %1</source>
        <translation>no existe el encuentro %1</translation>
    </message>
    <message>
        <source>cannot read the match at table %1: %2</source>
        <translation>no se puede leer el encuentro de la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot read the steps of match %1: %2</source>
        <translation>no se pueden leer los pasos del encuentro %1: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>paso %1: %2</translation>
    </message>
    <message>
        <source>cannot read the racks of match %1: %2</source>
        <translation>no se pueden leer las partidas del encuentro %1: %2</translation>
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
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>cannot create dojo_schema: %1</source>
        <translation>no se puede crear dojo_schema: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <source>cannot record %1: %2</source>
        <translation>no se puede registrar %1: %2</translation>
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
        <source>cannot read the venues: %1</source>
        <translation>no se pueden leer las salas: %1</translation>
    </message>
    <message>
        <source>cannot read venue %1: %2</source>
        <translation>no se puede leer la sala %1: %2</translation>
    </message>
    <message>
        <source>there is no venue %1</source>
        <translation>no existe la sala %1</translation>
    </message>
    <message>
        <source>cannot add the venue &quot;%1&quot;: %2</source>
        <translation>no se puede añadir la sala «%1»: %2</translation>
    </message>
    <message>
        <source>cannot remove venue %1: %2</source>
        <translation>no se puede eliminar la sala %1: %2</translation>
    </message>
    <message>
        <source>there is no such venue</source>
        <translation>no existe esa sala</translation>
    </message>
    <message>
        <source>cannot create the venue &quot;%1&quot;: %2</source>
        <translation>no se puede crear la sala «%1»: %2</translation>
    </message>
    <message>
        <source>cannot remove the demo venue: %1</source>
        <translation>no se puede eliminar la sala de demostración: %1</translation>
    </message>
    <message>
        <source>cannot read the tables of venue %1: %2</source>
        <translation>no se pueden leer las mesas de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot add the table &quot;%1&quot; to venue %2: %3</source>
        <translation>no se puede añadir la mesa «%1» a la sala %2: %3</translation>
    </message>
    <message>
        <source>cannot change the status of table %1: %2</source>
        <translation>no se puede cambiar el estado de la mesa %1: %2</translation>
    </message>
    <message>
        <source>no status was given</source>
        <translation>no se indicó ningún estado</translation>
    </message>
    <message>
        <source>there is no such table</source>
        <translation>no existe esa mesa</translation>
    </message>
    <message>
        <source>cannot read the players of venue %1: %2</source>
        <translation>no se pueden leer los jugadores de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot add the player &quot;%1&quot;: %2</source>
        <translation>no se puede añadir el jugador «%1»: %2</translation>
    </message>
    <message>
        <source>cannot change the camera of table %1: %2</source>
        <translation>no se puede cambiar la cámara de la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot change the corners of table %1: %2</source>
        <translation>no se pueden cambiar las esquinas de la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot read the join secret of venue %1: %2</source>
        <translation>no se puede leer el secreto de acceso de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot make new join codes for venue %1: %2</source>
        <translation>no se pueden generar nuevos códigos de acceso para la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot follow the changes made on other PCs: the connection to the database is closed</source>
        <translation>no se pueden seguir los cambios hechos en otros PC: la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <source>cannot follow the changes made on other PCs: %1</source>
        <translation>no se pueden seguir los cambios hechos en otros PC: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost: changes made on other PCs are not shown until DojoPool opens the database again.</source>
        <translation>Se perdió la conexión con la base de datos: los cambios hechos en otros PC no se muestran hasta que DojoPool vuelva a abrir la base de datos.</translation>
    </message>
    <message>
        <source>The database can no longer be read (%1): changes made by other programs are not shown until DojoPool opens it again.</source>
        <translation>La base de datos ya no se puede leer (%1): los cambios hechos por otros programas no se muestran hasta que DojoPool vuelva a abrirla.</translation>
    </message>
    <message>
        <source>booking %1 for %2 is cancelled</source>
        <translation>la reserva %1 para %2 está cancelada</translation>
    </message>
    <message>
        <source>booking %1 for %2 was released: no one checked in within the grace minutes</source>
        <translation>se liberó la reserva %1 para %2: nadie registró la entrada dentro de los minutos de cortesía</translation>
    </message>
    <message>
        <source>there is no booking %1</source>
        <translation>no existe la reserva %1</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>no existe la mesa %1</translation>
    </message>
    <message>
        <source>a booking needs a start and an end</source>
        <translation>una reserva necesita un inicio y un final</translation>
    </message>
    <message>
        <source>a booking must end after it starts</source>
        <translation>una reserva debe terminar después de empezar</translation>
    </message>
    <message>
        <source>%1 is out of order</source>
        <translation>%1 está fuera de servicio</translation>
    </message>
    <message>
        <source>a booking needs the name of who books</source>
        <translation>una reserva necesita el nombre de quien reserva</translation>
    </message>
    <message>
        <source>cannot book the table: %1</source>
        <translation>no se puede reservar la mesa: %1</translation>
    </message>
    <message>
        <source>%1 is in another venue than the booking</source>
        <translation>%1 está en una sala distinta a la de la reserva</translation>
    </message>
    <message>
        <source>cannot move booking %1: %2</source>
        <translation>no se puede mover la reserva %1: %2</translation>
    </message>
    <message>
        <source>cannot book booking %1 again: %2</source>
        <translation>no se puede volver a reservar la reserva %1: %2</translation>
    </message>
    <message>
        <source>cannot cancel booking %1: %2</source>
        <translation>no se puede cancelar la reserva %1: %2</translation>
    </message>
    <message>
        <source>cannot check in booking %1: %2</source>
        <translation>no se puede registrar la entrada de la reserva %1: %2</translation>
    </message>
    <message>
        <source>cannot read the bookings: %1</source>
        <translation>no se pueden leer las reservas: %1</translation>
    </message>
    <message>
        <source>cannot read booking %1: %2</source>
        <translation>no se puede leer la reserva %1: %2</translation>
    </message>
    <message>
        <source>cannot release the overdue bookings: %1</source>
        <translation>no se pueden liberar las reservas vencidas: %1</translation>
    </message>
    <message>
        <source>cannot read the venue&apos;s time zone: %1</source>
        <translation>no se puede leer la zona horaria de la sala: %1</translation>
    </message>
    <message>
        <source>cannot read the venue&apos;s grace minutes: %1</source>
        <translation>no se pueden leer los minutos de cortesía de la sala: %1</translation>
    </message>
    <message>
        <source>cannot read the table time of venue %1: %2</source>
        <translation>no se puede leer el tiempo de juego de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the receipts of venue %1: %2</source>
        <translation>no se pueden leer los recibos de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the bookings of venue %1: %2</source>
        <translation>no se pueden leer las reservas de la sala %1: %2</translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation>No existe ese miembro del personal.</translation>
    </message>
    <message>
        <source>%1 is the venue&apos;s last active manager: make another member of staff a manager first.</source>
        <translation>%1 es el último gerente activo de la sala: primero nombre gerente a otro miembro del personal.</translation>
    </message>
    <message>
        <source>A member of staff needs a name.</source>
        <translation>Un miembro del personal necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: a member of staff is a manager, front desk or a referee.</source>
        <translation>«%1» no es un rol: un miembro del personal es gerente, recepción o árbitro.</translation>
    </message>
    <message>
        <source>A member of staff needs a PIN.</source>
        <translation>Un miembro del personal necesita un PIN.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is already taken by another member of staff.</source>
        <translation>El nombre «%1» ya lo usa otro miembro del personal.</translation>
    </message>
    <message>
        <source>The database returned no id for the new member of staff.</source>
        <translation>La base de datos no devolvió ningún id para el nuevo miembro del personal.</translation>
    </message>
    <message>
        <source>cannot read the staff of venue %1: %2</source>
        <translation>no se puede leer el personal de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the lock minutes of venue %1: %2</source>
        <translation>no se pueden leer los minutos de bloqueo de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the rates of venue %1: %2</source>
        <translation>no se pueden leer las tarifas de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot change the rates of venue %1: %2</source>
        <translation>no se pueden cambiar las tarifas de la sala %1: %2</translation>
    </message>
    <message>
        <source>a rate needs the class of table it is for</source>
        <translation>una tarifa necesita la clase de mesa a la que se aplica</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; has two rates</source>
        <translation>la clase «%1» tiene dos tarifas</translation>
    </message>
    <message>
        <source>the rate for &quot;%1&quot; is below zero</source>
        <translation>la tarifa de «%1» es menor que cero</translation>
    </message>
    <message>
        <source>there is no such session</source>
        <translation>no existe esa sesión</translation>
    </message>
    <message>
        <source>the session was checked out already</source>
        <translation>ya se registró la salida de la sesión</translation>
    </message>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation>no existe la mesa «%1»</translation>
    </message>
    <message>
        <source>%1 is taken: %2 is playing there</source>
        <translation>%1 está ocupada: allí juega %2</translation>
    </message>
    <message>
        <source>cannot check %1 in at %2: %3</source>
        <translation>no se puede registrar la entrada de %1 en %2: %3</translation>
    </message>
    <message>
        <source>a session needs the name of who plays</source>
        <translation>una sesión necesita el nombre de quien juega</translation>
    </message>
    <message>
        <source>the table has no rate class</source>
        <translation>la mesa no tiene clase de tarifa</translation>
    </message>
    <message>
        <source>booking %1 is no longer waiting to be checked in</source>
        <translation>la reserva %1 ya no está pendiente de registro de entrada</translation>
    </message>
    <message>
        <source>cannot pause session %1: %2</source>
        <translation>no se puede pausar la sesión %1: %2</translation>
    </message>
    <message>
        <source>it is paused already</source>
        <translation>ya está en pausa</translation>
    </message>
    <message>
        <source>cannot resume session %1: %2</source>
        <translation>no se puede reanudar la sesión %1: %2</translation>
    </message>
    <message>
        <source>it is running already</source>
        <translation>ya está en marcha</translation>
    </message>
    <message>
        <source>its table was removed</source>
        <translation>se eliminó su mesa</translation>
    </message>
    <message>
        <source>cannot move session %1 to %2: %3</source>
        <translation>no se puede mover la sesión %1 a %2: %3</translation>
    </message>
    <message>
        <source>it is played there already</source>
        <translation>ya se juega allí</translation>
    </message>
    <message>
        <source>cannot check out session %1: %2</source>
        <translation>no se puede registrar la salida de la sesión %1: %2</translation>
    </message>
    <message>
        <source>it was changed at another desk meanwhile; check out again</source>
        <translation>mientras tanto se cambió en otro puesto de recepción; registre la salida de nuevo</translation>
    </message>
    <message>
        <source>cannot void receipt %1: %2</source>
        <translation>no se puede anular el recibo %1: %2</translation>
    </message>
    <message>
        <source>there is no such receipt, or it is void already</source>
        <translation>no existe ese recibo, o ya está anulado</translation>
    </message>
    <message>
        <source>cannot read session %1: %2</source>
        <translation>no se puede leer la sesión %1: %2</translation>
    </message>
    <message>
        <source>cannot read the sessions of venue %1: %2</source>
        <translation>no se pueden leer las sesiones de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot add %1 to the queue: %2</source>
        <translation>no se puede añadir %1 a la lista de espera: %2</translation>
    </message>
    <message>
        <source>a party in the queue needs a name</source>
        <translation>un grupo en la lista de espera necesita un nombre</translation>
    </message>
    <message>
        <source>a party is at least one person</source>
        <translation>un grupo es al menos una persona</translation>
    </message>
    <message>
        <source>%1, party of %2</source>
        <translation>%1, grupo de %2</translation>
    </message>
    <message>
        <source>cannot take party %1 off the queue: %2</source>
        <translation>no se puede quitar el grupo %1 de la lista de espera: %2</translation>
    </message>
    <message>
        <source>a party leaves the queue seated or gone, not &quot;%1&quot;</source>
        <translation>un grupo sale de la lista de espera sentado o ido, no «%1»</translation>
    </message>
    <message>
        <source>the party is not waiting</source>
        <translation>el grupo no está esperando</translation>
    </message>
    <message>
        <source>cannot read the queue of venue %1: %2</source>
        <translation>no se puede leer la lista de espera de la sala %1: %2</translation>
    </message>
    <message>
        <source>there is no such player</source>
        <translation>no existe ese jugador</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) still to come hold it; cancel or move them first</source>
        <translation>
            <numerusform>%n reserva pendiente la ocupa; cancélela o muévala primero</numerusform>
            <numerusform>%n reservas pendientes la ocupan; cancélelas o muévalas primero</numerusform>
        </translation>
    </message>
    <message>
        <source>a session is open on it; check it out first</source>
        <translation>hay una sesión abierta en ella; registre primero la salida</translation>
    </message>
    <message>
        <source>cannot change the settings of venue %1: %2</source>
        <translation>no se puede cambiar la configuración de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot change table %1: %2</source>
        <translation>no se puede cambiar la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot remove table %1: %2</source>
        <translation>no se puede eliminar la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot place table %1 on the floor plan: %2</source>
        <translation>no se puede colocar la mesa %1 en el plano de la sala: %2</translation>
    </message>
    <message>
        <source>cannot change player %1: %2</source>
        <translation>no se puede cambiar el jugador %1: %2</translation>
    </message>
    <message>
        <source>cannot remove player %1: %2</source>
        <translation>no se puede eliminar el jugador %1: %2</translation>
    </message>
    <message>
        <source>player %1 (&quot;%2&quot;) is a member until &quot;%3&quot;, which is not a date this DojoPool reads</source>
        <translation>el jugador %1 («%2») es socio hasta «%3», que no es una fecha que este DojoPool pueda leer</translation>
    </message>
    <message>
        <source>cannot read the matches at table %1: %2</source>
        <translation>no se pueden leer los encuentros de la mesa %1: %2</translation>
    </message>
    <message>
        <source>cannot read player %1: %2</source>
        <translation>no se puede leer el jugador %1: %2</translation>
    </message>
    <message>
        <source>there is no player %1</source>
        <translation>no existe el jugador %1</translation>
    </message>
    <message>
        <source>there is no such tournament</source>
        <translation>no existe ese torneo</translation>
    </message>
    <message>
        <source>cannot read the tournaments: %1</source>
        <translation>no se pueden leer los torneos: %1</translation>
    </message>
    <message>
        <source>cannot read the tournament: %1</source>
        <translation>no se puede leer el torneo: %1</translation>
    </message>
    <message>
        <source>there is no tournament %1</source>
        <translation>no existe el torneo %1</translation>
    </message>
    <message>
        <source>cannot create the tournament %1: %2</source>
        <translation>no se puede crear el torneo %1: %2</translation>
    </message>
    <message>
        <source>a tournament needs a name</source>
        <translation>un torneo necesita un nombre</translation>
    </message>
    <message>
        <source>a tournament needs a start time</source>
        <translation>un torneo necesita una hora de inicio</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>cannot change the tournament %1: %2</source>
        <translation>no se puede cambiar el torneo %1: %2</translation>
    </message>
    <message>
        <source>its draw is made: reopen it first</source>
        <translation>ya se hizo su sorteo: vuelva a abrirlo antes</translation>
    </message>
    <message>
        <source>cannot change the tournament&apos;s state: %1</source>
        <translation>no se puede cambiar el estado del torneo: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tournament&apos;s state</source>
        <translation>«%1» no es un estado de torneo</translation>
    </message>
    <message>
        <source>a match of its draw has started</source>
        <translation>ya ha empezado un encuentro de su cuadro</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s players: %1</source>
        <translation>no se pueden leer los jugadores del torneo: %1</translation>
    </message>
    <message>
        <source>cannot enter the player: %1</source>
        <translation>no se puede inscribir al jugador: %1</translation>
    </message>
    <message>
        <source>the player is already entered</source>
        <translation>el jugador ya está inscrito</translation>
    </message>
    <message>
        <source>the tournament is over</source>
        <translation>el torneo ha terminado</translation>
    </message>
    <message>
        <source>its first match has started</source>
        <translation>su primer encuentro ya ha empezado</translation>
    </message>
    <message numerus="yes">
        <source>it is full (%n players)</source>
        <translation>
            <numerusform>está completo (%n jugador)</numerusform>
            <numerusform>está completo (%n jugadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot change the player&apos;s entry: %1</source>
        <translation>no se puede cambiar la inscripción del jugador: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry&apos;s state</source>
        <translation>«%1» no es un estado de inscripción</translation>
    </message>
    <message>
        <source>there is no such entry</source>
        <translation>no existe esa inscripción</translation>
    </message>
    <message>
        <source>cannot make the draw: %1</source>
        <translation>no se puede hacer el sorteo: %1</translation>
    </message>
    <message>
        <source>the tournament is not taking sign-ups</source>
        <translation>el torneo no admite inscripciones</translation>
    </message>
    <message>
        <source>an entry is not this tournament&apos;s</source>
        <translation>una inscripción no es de este torneo</translation>
    </message>
    <message>
        <source>cannot reopen the tournament: %1</source>
        <translation>no se puede reabrir el torneo: %1</translation>
    </message>
    <message>
        <source>it is not running</source>
        <translation>no está en curso</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s tables: %1</source>
        <translation>no se pueden leer las mesas del torneo: %1</translation>
    </message>
    <message>
        <source>cannot give the match its table: %1</source>
        <translation>no se puede asignar una mesa al encuentro: %1</translation>
    </message>
    <message>
        <source>the match has started at its table</source>
        <translation>el encuentro ya ha empezado en su mesa</translation>
    </message>
    <message>
        <source>cannot link the table&apos;s match to the draw: %1</source>
        <translation>no se puede enlazar el encuentro de la mesa con el cuadro: %1</translation>
    </message>
    <message>
        <source>cannot link the table&apos;s match to the draw: the match has no table</source>
        <translation>no se puede enlazar el encuentro de la mesa con el cuadro: el encuentro no tiene mesa</translation>
    </message>
    <message>
        <source>cannot read the tournament&apos;s results: %1</source>
        <translation>no se pueden leer los resultados del torneo: %1</translation>
    </message>
    <message>
        <source>cannot record the result: %1</source>
        <translation>no se puede registrar el resultado: %1</translation>
    </message>
    <message>
        <source>a result comes by hand or from the referee</source>
        <translation>un resultado se introduce a mano o lo da el árbitro</translation>
    </message>
    <message>
        <source>the tournament is not running</source>
        <translation>el torneo no está en curso</translation>
    </message>
    <message>
        <source>another desk changed the draw just now; look at it again</source>
        <translation>otro puesto de recepción acaba de cambiar el cuadro; vuelva a mirarlo</translation>
    </message>
    <message>
        <source>cannot take the result back: %1</source>
        <translation>no se puede retirar el resultado: %1</translation>
    </message>
    <message>
        <source>it is not standing</source>
        <translation>ya no está en vigor</translation>
    </message>
    <message>
        <source>a player cannot be merged into themselves</source>
        <translation>un jugador no se puede fusionar consigo mismo</translation>
    </message>
    <message>
        <source>%1 and %2 are players of different venues</source>
        <translation>%1 y %2 son jugadores de salas distintas</translation>
    </message>
    <message>
        <source>%1 is already merged into another player</source>
        <translation>%1 ya está fusionado con otro jugador</translation>
    </message>
    <message>
        <source>%1 was merged into another player; merge into the player kept instead</source>
        <translation>%1 se fusionó con otro jugador; fusione con el jugador que se conservó</translation>
    </message>
    <message>
        <source>cannot merge player %1 into player %2: %3</source>
        <translation>no se puede fusionar el jugador %1 con el jugador %2: %3</translation>
    </message>
    <message>
        <source>%1 is not merged into another player</source>
        <translation>%1 no está fusionado con otro jugador</translation>
    </message>
    <message>
        <source>cannot unmerge player %1: %2</source>
        <translation>no se puede separar el jugador %1: %2</translation>
    </message>
    <message>
        <source>the starter rating of %1 must be from %2 to %3, not %4</source>
        <translation>el rating inicial de %1 debe estar entre %2 y %3, no %4</translation>
    </message>
    <message>
        <source>cannot enter the result of player %1 against player %2: %3</source>
        <translation>no se puede introducir el resultado del jugador %1 contra el jugador %2: %3</translation>
    </message>
    <message>
        <source>cannot void result %1: %2</source>
        <translation>no se puede anular el resultado %1: %2</translation>
    </message>
    <message>
        <source>cannot correct result %1: %2</source>
        <translation>no se puede corregir el resultado %1: %2</translation>
    </message>
    <message>
        <source>cannot read result %1: %2</source>
        <translation>no se puede leer el resultado %1: %2</translation>
    </message>
    <message>
        <source>there is no result %1</source>
        <translation>no existe el resultado %1</translation>
    </message>
    <message>
        <source>cannot read the results of venue %1: %2</source>
        <translation>no se pueden leer los resultados de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the matches of venue %1: %2</source>
        <translation>no se pueden leer los encuentros de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the racks played at venue %1: %2</source>
        <translation>no se pueden leer las partidas jugadas en la sala %1: %2</translation>
    </message>
    <message>
        <source>a result needs two different players</source>
        <translation>un resultado necesita dos jugadores distintos</translation>
    </message>
    <message>
        <source>the racks won cannot be negative</source>
        <translation>las partidas ganadas no pueden ser negativas</translation>
    </message>
    <message>
        <source>a result needs at least one rack played</source>
        <translation>un resultado necesita al menos una partida jugada</translation>
    </message>
    <message>
        <source>a result needs the game played</source>
        <translation>un resultado necesita la modalidad jugada</translation>
    </message>
    <message>
        <source>a result needs the day it was played</source>
        <translation>un resultado necesita el día en que se jugó</translation>
    </message>
    <message>
        <source>a result comes by hand, from a challenge or from a tournament, not &quot;%1&quot;</source>
        <translation>un resultado se introduce a mano, viene de un desafío o de un torneo, no «%1»</translation>
    </message>
    <message>
        <source>player %1 is not a player of venue %2</source>
        <translation>el jugador %1 no es jugador de la sala %2</translation>
    </message>
    <message>
        <source>result %1 is void already</source>
        <translation>el resultado %1 ya está anulado</translation>
    </message>
    <message>
        <source>there is no challenge %1</source>
        <translation>no existe el desafío %1</translation>
    </message>
    <message>
        <source>the challenge is %1, so it cannot become %2</source>
        <translation>el desafío está en estado %1, así que no puede pasar a %2</translation>
    </message>
    <message>
        <source>another desk changed the challenge meanwhile</source>
        <translation>mientras tanto otro puesto de recepción cambió el desafío</translation>
    </message>
    <message>
        <source>cannot issue the challenge: %1</source>
        <translation>no se puede lanzar el desafío: %1</translation>
    </message>
    <message>
        <source>a player cannot challenge themselves</source>
        <translation>un jugador no puede desafiarse a sí mismo</translation>
    </message>
    <message>
        <source>a challenge is a race to at least one rack</source>
        <translation>un desafío es una carrera a al menos una partida</translation>
    </message>
    <message>
        <source>a challenge needs the game to play</source>
        <translation>un desafío necesita la modalidad que se juega</translation>
    </message>
    <message>
        <source>both players must be players of the venue</source>
        <translation>los dos jugadores deben ser jugadores de la sala</translation>
    </message>
    <message>
        <source>cannot answer challenge %1: %2</source>
        <translation>no se puede responder al desafío %1: %2</translation>
    </message>
    <message>
        <source>a challenge is accepted, declined or withdrawn, not &quot;%1&quot;</source>
        <translation>un desafío se acepta, se rechaza o se retira, no «%1»</translation>
    </message>
    <message>
        <source>cannot book a table for challenge %1: %2</source>
        <translation>no se puede reservar una mesa para el desafío %1: %2</translation>
    </message>
    <message>
        <source>cannot enter the result of challenge %1: %2</source>
        <translation>no se puede introducir el resultado del desafío %1: %2</translation>
    </message>
    <message>
        <source>the result must be between the challenge&apos;s two players</source>
        <translation>el resultado debe ser entre los dos jugadores del desafío</translation>
    </message>
    <message>
        <source>cannot read challenge %1: %2</source>
        <translation>no se puede leer el desafío %1: %2</translation>
    </message>
    <message>
        <source>cannot read the challenges of venue %1: %2</source>
        <translation>no se pueden leer los desafíos de la sala %1: %2</translation>
    </message>
    <message>
        <source>there is no event %1</source>
        <translation>no existe el evento %1</translation>
    </message>
    <message>
        <source>%1 is not a player of the event&apos;s venue</source>
        <translation>%1 no es jugador de la sala del evento</translation>
    </message>
    <message>
        <source>cannot create the event &quot;%1&quot;: %2</source>
        <translation>no se puede crear el evento «%1»: %2</translation>
    </message>
    <message>
        <source>an event needs a name</source>
        <translation>un evento necesita un nombre</translation>
    </message>
    <message>
        <source>an event is a league night, open play or a tournament, not &quot;%1&quot;</source>
        <translation>un evento es una noche de liga, juego libre o un torneo, no «%1»</translation>
    </message>
    <message>
        <source>an event must end after it starts</source>
        <translation>un evento debe terminar después de empezar</translation>
    </message>
    <message>
        <source>an event&apos;s cap is a number of players, or 0 for no cap</source>
        <translation>el límite de un evento es un número de jugadores, o 0 para no tener límite</translation>
    </message>
    <message>
        <source>cannot cancel event %1: %2</source>
        <translation>no se puede cancelar el evento %1: %2</translation>
    </message>
    <message>
        <source>it is cancelled already</source>
        <translation>ya está cancelado</translation>
    </message>
    <message>
        <source>cannot sign player %1 up for event %2: %3</source>
        <translation>no se puede inscribir al jugador %1 en el evento %2: %3</translation>
    </message>
    <message>
        <source>the event is cancelled</source>
        <translation>el evento está cancelado</translation>
    </message>
    <message>
        <source>%1 is signed up already</source>
        <translation>%1 ya está inscrito</translation>
    </message>
    <message>
        <source>cannot cancel the sign-up of player %1 for event %2: %3</source>
        <translation>no se puede cancelar la inscripción del jugador %1 en el evento %2: %3</translation>
    </message>
    <message>
        <source>the player is not signed up</source>
        <translation>el jugador no está inscrito</translation>
    </message>
    <message>
        <source>cannot read event %1: %2</source>
        <translation>no se puede leer el evento %1: %2</translation>
    </message>
    <message>
        <source>cannot read the events of venue %1: %2</source>
        <translation>no se pueden leer los eventos de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the sign-ups of event %1: %2</source>
        <translation>no se pueden leer las inscripciones del evento %1: %2</translation>
    </message>
    <message>
        <source>there is no entry %1 in the queue</source>
        <translation>no existe la entrada %1 en la cola</translation>
    </message>
    <message>
        <source>cannot put player %1 in the queue: %2</source>
        <translation>no se puede poner al jugador %1 en la cola: %2</translation>
    </message>
    <message>
        <source>a player waits for a game</source>
        <translation>un jugador en espera necesita una modalidad</translation>
    </message>
    <message>
        <source>%1 is not a player of the venue</source>
        <translation>%1 no es jugador de la sala</translation>
    </message>
    <message>
        <source>%1 is waiting for %2 already</source>
        <translation>%1 ya está esperando para %2</translation>
    </message>
    <message>
        <source>cannot take player %1 off the queue: %2</source>
        <translation>no se puede quitar al jugador %1 de la cola: %2</translation>
    </message>
    <message>
        <source>the player is not waiting</source>
        <translation>el jugador no está esperando</translation>
    </message>
    <message>
        <source>cannot match queue entries %1 and %2: %3</source>
        <translation>no se pueden emparejar las entradas %1 y %2 de la cola: %3</translation>
    </message>
    <message>
        <source>a player cannot be matched with themselves</source>
        <translation>un jugador no se puede emparejar consigo mismo</translation>
    </message>
    <message>
        <source>%1 is no longer waiting</source>
        <translation>%1 ya no está esperando</translation>
    </message>
    <message>
        <source>the two entries are not two players of one venue</source>
        <translation>las dos entradas no son dos jugadores de una misma sala</translation>
    </message>
    <message>
        <source>%1 waits for %2 and %3 for %4</source>
        <translation>%1 espera para %2 y %3 para %4</translation>
    </message>
    <message>
        <source>cannot read entry %1 of the queue: %2</source>
        <translation>no se puede leer la entrada %1 de la cola: %2</translation>
    </message>
    <message>
        <source>cannot read the table time of players of venue %1: %2</source>
        <translation>no se puede leer el tiempo de mesa de los jugadores de la sala %1: %2</translation>
    </message>
    <message>
        <source>cannot read the backups: %1</source>
        <translation>no se pueden leer las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>cannot claim the nightly backup: %1</source>
        <translation>no se puede asumir la copia de seguridad nocturna: %1</translation>
    </message>
    <message>
        <source>cannot record the backup: %1</source>
        <translation>no se puede registrar la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>cannot record the failed backup: %1</source>
        <translation>no se puede registrar la copia de seguridad fallida: %1</translation>
    </message>
    <message>
        <source>cannot record the backups: %1</source>
        <translation>no se pueden registrar las copias de seguridad: %1</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>no existe el archivo de copia de seguridad %1</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>no se puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is an SQLite database without DojoPool&apos;s tables</source>
        <translation>%1 no es una copia de seguridad de DojoPool: es una base de datos SQLite sin las tablas de DojoPool</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is a PostgreSQL dump without DojoPool&apos;s tables</source>
        <translation>%1 no es una copia de seguridad de DojoPool: es un volcado de PostgreSQL sin las tablas de DojoPool</translation>
    </message>
    <message>
        <source>%1 is not a DojoPool backup: it is neither an SQLite database nor a PostgreSQL dump</source>
        <translation>%1 no es una copia de seguridad de DojoPool: no es ni una base de datos SQLite ni un volcado de PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file</source>
        <translation>%1 es una carpeta; indique el archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the backup</source>
        <translation>no se puede crear la carpeta %1 para la copia de seguridad</translation>
    </message>
    <message>
        <source>there is no SQLite database %1 to back up</source>
        <translation>no existe la base de datos SQLite %1 de la que hacer copia de seguridad</translation>
    </message>
    <message>
        <source>the backup cannot be the database itself</source>
        <translation>la copia de seguridad no puede ser la propia base de datos</translation>
    </message>
    <message>
        <source>the copy of %1 does not read back: %2</source>
        <translation>la copia de %1 no se puede volver a leer: %2</translation>
    </message>
    <message>
        <source>cannot write %1 to the disk</source>
        <translation>no se puede escribir %1 en el disco</translation>
    </message>
    <message>
        <source>cannot name the backup %1</source>
        <translation>no se puede dar nombre a la copia de seguridad %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read who runs the venue: %1</source>
        <translation>no se puede saber quién gestiona la sala: %1</translation>
    </message>
    <message>
        <source>the venue is running (%1); stop the window and serve on every PC first</source>
        <translation>la sala está en marcha (%1); cierre primero la ventana y serve en todos los PC</translation>
    </message>
    <message>
        <source>the database has changes from %1 that this backup (of %2) lacks</source>
        <translation>la base de datos tiene cambios de %1 que faltan en esta copia de seguridad (de %2)</translation>
    </message>
    <message>
        <source>the database has changes from %1 that this backup (which records no change) lacks</source>
        <translation>la base de datos tiene cambios de %1 que faltan en esta copia de seguridad (que no registra ningún cambio)</translation>
    </message>
    <message>
        <source>%1 is a backup of an SQLite database; it cannot go into %2</source>
        <translation>%1 es una copia de seguridad de una base de datos SQLite; no puede ir a %2</translation>
    </message>
    <message>
        <source>%1 is a backup of a PostgreSQL database; it cannot go into %2</source>
        <translation>%1 es una copia de seguridad de una base de datos PostgreSQL; no puede ir a %2</translation>
    </message>
    <message>
        <source>%1 is a backup of schema version %2, but this DojoPool knows only up to version %3; use a newer DojoPool</source>
        <translation>%1 es una copia de seguridad de la versión de esquema %2, pero este DojoPool solo conoce hasta la versión %3; use un DojoPool más reciente</translation>
    </message>
    <message>
        <source>no folder to keep the database in before the restore</source>
        <translation>no hay carpeta donde guardar la base de datos antes de restaurar</translation>
    </message>
    <message>
        <source>cannot keep the database as it is before the restore, so nothing was restored: %1</source>
        <translation>no se puede guardar la base de datos tal como está antes de restaurar, así que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>the restore failed, and the database is as it was: %1</source>
        <translation>la restauración falló y la base de datos está como estaba: %1</translation>
    </message>
    <message>
        <source>the backup was restored but cannot be opened: %1</source>
        <translation>la copia de seguridad se restauró, pero no se puede abrir: %1</translation>
    </message>
    <message>
        <source>interrupted: the database was restored</source>
        <translation>interrumpido: la base de datos se restauró</translation>
    </message>
    <message>
        <source>it ended with status %1</source>
        <translation>terminó con el estado %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: a PostgreSQL venue&apos;s backups need PostgreSQL&apos;s client tools (on Debian: apt install postgresql-client)</source>
        <translation>%1 no está instalado: las copias de seguridad de una sala con PostgreSQL necesitan las herramientas de cliente de PostgreSQL (en Debian: apt install postgresql-client)</translation>
    </message>
    <message>
        <source>cannot run pg_dump: %1</source>
        <translation>no se puede ejecutar pg_dump: %1</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump falló: %1</translation>
    </message>
    <message>
        <source>cannot run pg_restore: %1</source>
        <translation>no se puede ejecutar pg_restore: %1</translation>
    </message>
    <message>
        <source>cannot run psql: %1</source>
        <translation>no se puede ejecutar psql: %1</translation>
    </message>
    <message>
        <source>psql failed: %1</source>
        <translation>psql falló: %1</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore falló: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>no se puede copiar %1 en %2: %3</translation>
    </message>
    <message>
        <source>the database stayed busy (%1)</source>
        <translation>la base de datos siguió ocupada (%1)</translation>
    </message>
    <message>
        <source>cannot finish the copy %1: %2</source>
        <translation>no se puede terminar la copia %1: %2</translation>
    </message>
</context>
<context>
    <name>dojo::ui</name>
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
        <source>Could not read the venue.</source>
        <translation>No se pudo leer la sala.</translation>
    </message>
    <message>
        <source>%1 — DojoPool</source>
        <translation>%1 — DojoPool</translation>
    </message>
    <message>
        <source>DojoPool</source>
        <translation>DojoPool</translation>
    </message>
    <message>
        <source>No venue in this database.</source>
        <translation>Esta base de datos no tiene ninguna sala.</translation>
    </message>
    <message>
        <source>The table&apos;s status could not be saved.</source>
        <translation>No se pudo guardar el estado de la mesa.</translation>
    </message>
    <message>
        <source>Remove Demo Venue</source>
        <translation>Eliminar sala de demostración</translation>
    </message>
    <message>
        <source>Remove the demo venue “%1” with all its tables and players?

Your own venues are not touched. This cannot be undone: the demo venue does not come back.</source>
        <translation>¿Eliminar la sala de demostración «%1» con todas sus mesas y jugadores?

Sus propias salas no se tocan. Esto no se puede deshacer: la sala de demostración no vuelve.</translation>
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
    <message>
        <source>This venue has no tables yet.</source>
        <translation>Esta sala aún no tiene mesas.</translation>
    </message>
    <message>
        <source>Camera of %1</source>
        <translation>Cámara de %1</translation>
    </message>
    <message>
        <source>A camera on this PC</source>
        <translation>Una cámara de este PC</translation>
    </message>
    <message>
        <source>A video file or a folder of images</source>
        <translation>Un archivo de vídeo o una carpeta de imágenes</translation>
    </message>
    <message>
        <source>A network stream</source>
        <translation>Una transmisión de red</translation>
    </message>
    <message>
        <source>The simulated table</source>
        <translation>La mesa simulada</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>The table is shown without a picture.</source>
        <translation>La mesa se muestra sin imagen.</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de la fuente</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source &amp;text:</source>
        <translation>&amp;Texto de la fuente:</translation>
    </message>
    <message>
        <source>No camera is connected to this PC.</source>
        <translation>No hay ninguna cámara conectada a este PC.</translation>
    </message>
    <message>
        <source>The camera&apos;s own</source>
        <translation>Según la cámara</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>&amp;Picture size:</source>
        <translation>Tamaño de i&amp;magen:</translation>
    </message>
    <message>
        <source>&amp;Frames per second:</source>
        <translation>Fotogramas por &amp;segundo:</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Archivo o carpeta</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <source>Video file or image</source>
        <translation>Archivo de vídeo o imagen</translation>
    </message>
    <message>
        <source>Videos and images (*.avi *.mp4 *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Vídeos e imágenes (*.avi *.mp4 *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>9-ball</source>
        <translation>Bola 9</translation>
    </message>
    <message>
        <source>8-ball</source>
        <translation>Bola 8</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Open Table Screen</source>
        <translation>Abrir &amp;pantalla de la mesa</translation>
    </message>
    <message>
        <source>Show the table&apos;s camera, its match and its camera&apos;s health in a window</source>
        <translation>Mostrar en una ventana la cámara de la mesa, su encuentro y el estado de su cámara</translation>
    </message>
    <message>
        <source>&amp;Camera…</source>
        <translation>&amp;Cámara…</translation>
    </message>
    <message>
        <source>Choose where the table&apos;s pictures come from: a camera, a video, a stream or the simulated table</source>
        <translation>Elegir de dónde vienen las imágenes de la mesa: una cámara, un vídeo, una transmisión o la mesa simulada</translation>
    </message>
    <message>
        <source>The table&apos;s camera could not be saved.</source>
        <translation>No se pudo guardar la cámara de la mesa.</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>No camera is set up for this table.</source>
        <translation>Esta mesa no tiene ninguna cámara configurada.</translation>
    </message>
    <message>
        <source>Waiting for the camera&apos;s first picture…</source>
        <translation>Esperando la primera imagen de la cámara…</translation>
    </message>
    <message>
        <source>Connecting to the camera…</source>
        <translation>Conectando con la cámara…</translation>
    </message>
    <message>
        <source>The camera is switched off.</source>
        <translation>La cámara está apagada.</translation>
    </message>
    <message>
        <source>The video has come to its end.</source>
        <translation>El vídeo ha llegado a su fin.</translation>
    </message>
    <message>
        <source>The camera is not working.</source>
        <translation>La cámara no funciona.</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>Nuevo intento en %1 s.</translation>
    </message>
    <message>
        <source>Trying again now.</source>
        <translation>Reintentando ahora.</translation>
    </message>
    <message>
        <source>Attempts since the last picture: %1.</source>
        <translation>Intentos desde la última imagen: %1.</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Video ended</source>
        <translation>Vídeo terminado</translation>
    </message>
    <message>
        <source>Camera health</source>
        <translation>Estado de la cámara</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Frames in:</source>
        <translation>Fotogramas recibidos:</translation>
    </message>
    <message>
        <source>Processed:</source>
        <translation>Procesados:</translation>
    </message>
    <message>
        <source>Dropped:</source>
        <translation>Descartados:</translation>
    </message>
    <message>
        <source>Time per frame:</source>
        <translation>Tiempo por fotograma:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Reintentos:</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 por segundo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>10-ball</source>
        <translation>Bola 10</translation>
    </message>
    <message>
        <source>14.1 continuous</source>
        <translation>14.1 continuo</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>No match at this table.</source>
        <translation>No hay ningún encuentro en esta mesa.</translation>
    </message>
    <message>
        <source>Open table: no groups are chosen yet.</source>
        <translation>Mesa abierta: aún no se han elegido grupos.</translation>
    </message>
    <message>
        <source>Last ruling</source>
        <translation>Última decisión</translation>
    </message>
    <message>
        <source>At the table</source>
        <translation>En la mesa</translation>
    </message>
    <message>
        <source>%1, to %2 points</source>
        <translation>%1, a %2 puntos</translation>
    </message>
    <message>
        <source>%1, race to %2</source>
        <translation>%1, a %2 partidas</translation>
    </message>
    <message>
        <source>Shots: %1</source>
        <translation>Tiros: %1</translation>
    </message>
    <message>
        <source>%1 has ball in hand.</source>
        <translation>%1 tiene bola en mano.</translation>
    </message>
    <message>
        <source>%1 has ball in hand behind the head string.</source>
        <translation>%1 tiene bola en mano detrás de la línea de cabecera.</translation>
    </message>
    <message>
        <source>No shot has been played yet.</source>
        <translation>Aún no se ha jugado ningún tiro.</translation>
    </message>
    <message>
        <source>%1, at the table, %2</source>
        <translation>%1, en la mesa, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Solids</source>
        <translation>Lisas</translation>
    </message>
    <message>
        <source>Stripes</source>
        <translation>Rayadas</translation>
    </message>
    <message>
        <source>Fouls in a row: %1</source>
        <translation>Faltas seguidas: %1</translation>
    </message>
    <message>
        <source>The table from above</source>
        <translation>La mesa vista desde arriba</translation>
    </message>
    <message>
        <source>Balls on the table: %1.</source>
        <translation>Bolas en la mesa: %1.</translation>
    </message>
    <message>
        <source>Ball positions show here once the table is tracked.</source>
        <translation>Las posiciones de las bolas aparecen aquí en cuanto se sigue la mesa.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit the whole picture (0)</source>
        <translation>Ajustar la imagen entera (0)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Only the picture, on the whole screen (F11)</source>
        <translation>Solo la imagen, en toda la pantalla (F11)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>+ − zoom · 0 fit · drag or arrows move · F11 full screen</source>
        <translation>+ − zoom · 0 ajustar · arrastrar o flechas para mover · F11 pantalla completa</translation>
    </message>
    <message>
        <source>Balls on the table</source>
        <translation>Bolas en la mesa</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Fitted: %1 %</source>
        <translation>Ajustado: %1 %</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>%1, %2, %3, its camera is not working</source>
        <translation>%1, %2, %3, su cámara no funciona</translation>
    </message>
    <message>
        <source>Camera not working</source>
        <translation>La cámara no funciona</translation>
    </message>
    <message>
        <source>&amp;Review Shots…</source>
        <translation>Re&amp;visar tiros…</translation>
    </message>
    <message>
        <source>Replay the table&apos;s last shots with the tracking drawn over them, and confirm, correct or overrule their rulings</source>
        <translation>Repetir los últimos tiros de la mesa con el seguimiento dibujado encima y confirmar, corregir o anular sus decisiones</translation>
    </message>
    <message>
        <source>The table&apos;s corners could not be saved.</source>
        <translation>No se pudieron guardar las esquinas de la mesa.</translation>
    </message>
    <message>
        <source>%1: shot %2 waits for a referee; Table → Review Shots… (Ctrl+R) replays it.</source>
        <translation>%1: el tiro %2 espera a un árbitro; Mesa → Revisar tiros… (Ctrl+R) lo repite.</translation>
    </message>
    <message>
        <source>This table is not tracked: there are no shots to review.</source>
        <translation>Esta mesa no tiene seguimiento: no hay tiros que revisar.</translation>
    </message>
    <message>
        <source>Overrule</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Overrule the last ruling</source>
        <translation>Anular la última decisión</translation>
    </message>
    <message>
        <source>Set the table as it should stand after the last shot; play goes on from here.</source>
        <translation>Deje la mesa como debería quedar tras el último tiro; el juego sigue desde aquí.</translation>
    </message>
    <message>
        <source>&amp;Shoots next:</source>
        <translation>&amp;Tira a continuación:</translation>
    </message>
    <message>
        <source>&amp;Ball in hand:</source>
        <translation>&amp;Bola en mano:</translation>
    </message>
    <message>
        <source>Open table: no groups yet</source>
        <translation>Mesa abierta: aún sin grupos</translation>
    </message>
    <message>
        <source>%1 has the solids, %2 the stripes</source>
        <translation>%1 tiene las lisas, %2 las rayadas</translation>
    </message>
    <message>
        <source>%1 has the stripes, %2 the solids</source>
        <translation>%1 tiene las rayadas, %2 las lisas</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupos:</translation>
    </message>
    <message>
        <source>The %1 is on the table</source>
        <translation>La %1 está en la mesa</translation>
    </message>
    <message>
        <source>On the table:</source>
        <translation>En la mesa:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Fouls in a row</source>
        <translation>Faltas seguidas</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Your name, as the audit records it</source>
        <translation>Su nombre, tal como figurará en el registro</translation>
    </message>
    <message>
        <source>Why, in a sentence (required)</source>
        <translation>Por qué, en una frase (obligatorio)</translation>
    </message>
    <message>
        <source>Why, in a sentence (optional)</source>
        <translation>Por qué, en una frase (opcional)</translation>
    </message>
    <message>
        <source>&amp;Referee:</source>
        <translation>Á&amp;rbitro:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Where the cue ball first touched a ball.</source>
        <translation>Donde la bola blanca tocó primero una bola.</translation>
    </message>
    <message>
        <source>Where a ball met a rail after the first contact.</source>
        <translation>Donde una bola tocó una banda tras el primer contacto.</translation>
    </message>
    <message>
        <source>A pocket a ball dropped into, with the ball&apos;s number.</source>
        <translation>Una tronera en la que cayó una bola, con el número de la bola.</translation>
    </message>
    <message>
        <source>A hidden ball: the camera did not see it in this frame.</source>
        <translation>Una bola oculta: la cámara no la vio en este fotograma.</translation>
    </message>
    <message>
        <source>A ball&apos;s path so far; the older part fades.</source>
        <translation>La trayectoria de una bola hasta ahora; la parte más antigua se desvanece.</translation>
    </message>
    <message>
        <source>“?” marks a ball the tracker has not identified yet.</source>
        <translation>«?» marca una bola que el seguimiento aún no ha identificado.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>No shot to review.</source>
        <translation>No hay ningún tiro que revisar.</translation>
    </message>
    <message>
        <source>This frame&apos;s picture cannot be read.</source>
        <translation>No se puede leer la imagen de este fotograma.</translation>
    </message>
    <message>
        <source>Rail: %1</source>
        <translation>Banda: %1</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <source>Half speed (1/2)</source>
        <translation>Media velocidad (1/2)</translation>
    </message>
    <message>
        <source>Quarter speed (1/4)</source>
        <translation>Un cuarto de velocidad (1/4)</translation>
    </message>
    <message>
        <source>Eighth speed (1/8)</source>
        <translation>Un octavo de velocidad (1/8)</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <source>First Frame</source>
        <translation>Primer fotograma</translation>
    </message>
    <message>
        <source>Last Frame</source>
        <translation>Último fotograma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Primer fotograma (Inicio)</translation>
    </message>
    <message>
        <source>One frame back (Left)</source>
        <translation>Un fotograma atrás (flecha izquierda)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>One frame forward (Right)</source>
        <translation>Un fotograma adelante (flecha derecha)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Último fotograma (Fin)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Fotograma %1 de %2</translation>
    </message>
    <message>
        <source>%1 s before the strike</source>
        <translation>%1 s antes del golpe</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Held shots</source>
        <translation>Tiros retenidos</translation>
    </message>
    <message>
        <source>Drawn over the replay</source>
        <translation>Dibujado sobre la repetición</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>The shot is right as the camera saw it: rule it.</source>
        <translation>El tiro es correcto tal como lo vio la cámara: arbitrarlo así.</translation>
    </message>
    <message>
        <source>&amp;Edit Shot…</source>
        <translation>&amp;Editar tiro…</translation>
    </message>
    <message>
        <source>Correct the shot&apos;s record; the shot is ruled again on it.</source>
        <translation>Corregir el registro del tiro; el tiro se vuelve a arbitrar según él.</translation>
    </message>
    <message>
        <source>&amp;Overrule…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <source>Set the rack and the score as they should stand.</source>
        <translation>Dejar la partida y el marcador como deberían estar.</translation>
    </message>
    <message>
        <source>No frames</source>
        <translation>Sin fotogramas</translation>
    </message>
    <message>
        <source>The camera&apos;s frame %1.</source>
        <translation>Fotograma %1 de la cámara.</translation>
    </message>
    <message>
        <source>%1 s after the strike</source>
        <translation>%1 s después del golpe</translation>
    </message>
    <message>
        <source>%1 — review of shot %2</source>
        <translation>%1 — revisión del tiro %2</translation>
    </message>
    <message>
        <source>%1 — review</source>
        <translation>%1 — revisión</translation>
    </message>
    <message>
        <source>No match at this table: there is no ruling to overrule.</source>
        <translation>No hay ningún encuentro en esta mesa: no hay ninguna decisión que anular.</translation>
    </message>
    <message>
        <source>Shot %1: waiting for a referee</source>
        <translation>Tiro %1: esperando a un árbitro</translation>
    </message>
    <message>
        <source>Shot %1</source>
        <translation>Tiro %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm shot %1</source>
        <translation>Confirmar el tiro %1</translation>
    </message>
    <message>
        <source>Shot %1 is ruled as the record beside the replay reads.</source>
        <translation>El tiro %1 se arbitra según el registro que aparece junto a la repetición.</translation>
    </message>
    <message>
        <source>The camera asks a referee to look at this shot.</source>
        <translation>La cámara pide a un árbitro que revise este tiro.</translation>
    </message>
    <message>
        <source>What the camera saw</source>
        <translation>Lo que vio la cámara</translation>
    </message>
    <message>
        <source>Physics check of the paths</source>
        <translation>Comprobación física de las trayectorias</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>No shot</source>
        <translation>Ningún tiro</translation>
    </message>
    <message>
        <source>The tracker gave no reason.</source>
        <translation>El seguimiento no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>The paths were not checked.</source>
        <translation>Las trayectorias no se comprobaron.</translation>
    </message>
    <message>
        <source>Waiting for a referee.</source>
        <translation>Esperando a un árbitro.</translation>
    </message>
    <message>
        <source>The referee has not answered yet.</source>
        <translation>El árbitro aún no ha respondido.</translation>
    </message>
    <message>
        <source>No ruling yet.</source>
        <translation>Aún no hay decisión.</translation>
    </message>
    <message>
        <source>The record as the referee corrected it</source>
        <translation>El registro tal como lo corrigió el árbitro</translation>
    </message>
    <message>
        <source>Rule Again</source>
        <translation>Volver a arbitrar</translation>
    </message>
    <message>
        <source>Edit shot %1</source>
        <translation>Editar el tiro %1</translation>
    </message>
    <message>
        <source>Correct what the camera got wrong; the shot is then ruled on your record.</source>
        <translation>Corrija lo que la cámara captó mal; después el tiro se arbitra según su registro.</translation>
    </message>
    <message>
        <source>This shot was the &amp;break</source>
        <translation>Este tiro fue el &amp;saque</translation>
    </message>
    <message>
        <source>None: the cue ball hit no ball</source>
        <translation>Ninguna: la bola blanca no golpeó ninguna bola</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Primer contacto:</translation>
    </message>
    <message>
        <source>Ball</source>
        <translation>Bola</translation>
    </message>
    <message>
        <source>Pocketed in</source>
        <translation>Entronerada en</translation>
    </message>
    <message>
        <source>Rail after contact</source>
        <translation>Banda tras el contacto</translation>
    </message>
    <message>
        <source>Off the table</source>
        <translation>Fuera de la mesa</translation>
    </message>
    <message>
        <source>Cue ball</source>
        <translation>Bola blanca</translation>
    </message>
    <message>
        <source>Pocket of the %1</source>
        <translation>Tronera de la %1</translation>
    </message>
    <message>
        <source>Not pocketed</source>
        <translation>No entronerada</translation>
    </message>
    <message>
        <source>The %1 reached a rail after contact</source>
        <translation>La %1 llegó a una banda tras el contacto</translation>
    </message>
    <message>
        <source>The %1 left the table</source>
        <translation>La %1 salió de la mesa</translation>
    </message>
    <message>
        <source>head-left corner</source>
        <translation>tronera de la esquina izquierda de cabecera</translation>
    </message>
    <message>
        <source>head-right corner</source>
        <translation>tronera de la esquina derecha de cabecera</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>tronera central izquierda</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>tronera central derecha</translation>
    </message>
    <message>
        <source>foot-left corner</source>
        <translation>tronera de la esquina izquierda del pie</translation>
    </message>
    <message>
        <source>foot-right corner</source>
        <translation>tronera de la esquina derecha del pie</translation>
    </message>
    <message>
        <source>cue ball</source>
        <translation>bola blanca</translation>
    </message>
    <message>
        <source>unidentified ball</source>
        <translation>bola no identificada</translation>
    </message>
    <message>
        <source>%1 ball</source>
        <translation>bola %1</translation>
    </message>
    <message>
        <source>No ball in hand</source>
        <translation>Sin bola en mano</translation>
    </message>
    <message>
        <source>Ball in hand anywhere</source>
        <translation>Bola en mano en toda la mesa</translation>
    </message>
    <message>
        <source>Ball in hand behind the head string</source>
        <translation>Bola en mano detrás de la línea de cabecera</translation>
    </message>
    <message>
        <source>This shot was the break.</source>
        <translation>Este tiro fue el saque.</translation>
    </message>
    <message>
        <source>The cue ball hit the %1 first.</source>
        <translation>La bola blanca golpeó primero la %1.</translation>
    </message>
    <message>
        <source>The cue ball hit no object ball.</source>
        <translation>La bola blanca no golpeó ninguna bola objetivo.</translation>
    </message>
    <message>
        <source>No ball was pocketed.</source>
        <translation>No se entroneró ninguna bola.</translation>
    </message>
    <message>
        <source>The cue ball dropped into the %1 pocket: a scratch.</source>
        <translation>La bola blanca se entroneró en la %1: falta.</translation>
    </message>
    <message>
        <source>The %1 dropped into the %2 pocket.</source>
        <translation>La %1 cayó en la %2.</translation>
    </message>
    <message>
        <source>No ball reached a rail after the first contact.</source>
        <translation>Ninguna bola llegó a una banda tras el primer contacto.</translation>
    </message>
    <message>
        <source>Balls that reached a rail after the first contact: %1.</source>
        <translation>Bolas que llegaron a una banda tras el primer contacto: %1.</translation>
    </message>
    <message>
        <source>The %1 left the table.</source>
        <translation>La %1 salió de la mesa.</translation>
    </message>
    <message>
        <source>The shooter called a safety.</source>
        <translation>El tirador cantó una jugada de seguridad.</translation>
    </message>
    <message>
        <source>The shooter called the %1 in the %2 pocket.</source>
        <translation>El tirador cantó la %1 en la %2.</translation>
    </message>
    <message>
        <source>The shooter called a push-out.</source>
        <translation>El tirador cantó un push-out.</translation>
    </message>
    <message>
        <source>Ruled.</source>
        <translation>Arbitrado.</translation>
    </message>
    <message>
        <source>Not ruled.</source>
        <translation>Sin arbitrar.</translation>
    </message>
    <message>
        <source>Reviewed by %1.</source>
        <translation>Revisado por %1.</translation>
    </message>
    <message>
        <source>head-left</source>
        <translation>izquierda de cabecera</translation>
    </message>
    <message>
        <source>foot-left</source>
        <translation>izquierda del pie</translation>
    </message>
    <message>
        <source>head-right</source>
        <translation>derecha de cabecera</translation>
    </message>
    <message>
        <source>foot-right</source>
        <translation>derecha del pie</translation>
    </message>
    <message>
        <source>No picture from the camera yet: the corners are placed on its picture.</source>
        <translation>Aún no hay imagen de la cámara: las esquinas se colocan sobre su imagen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Drag each handle onto the corner where the cushion noses meet; arrows nudge the chosen one by a pixel, 1 to 4 choose.</source>
        <translation>Arrastre cada marcador a la esquina donde se juntan los bordes de las bandas; las flechas mueven un píxel el elegido y las teclas 1 a 4 lo eligen.</translation>
    </message>
    <message>
        <source>%1: x %2, y %3</source>
        <translation>%1: x %2, y %3</translation>
    </message>
    <message>
        <source>Save Corners</source>
        <translation>Guardar esquinas</translation>
    </message>
    <message>
        <source>Reset to Automatic</source>
        <translation>Volver a automático</translation>
    </message>
    <message>
        <source>Forget these corners: the table is found in the picture.</source>
        <translation>Olvidar estas esquinas: la mesa se busca automáticamente en la imagen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set Table &amp;Corners…</source>
        <translation>Fijar las &amp;esquinas de la mesa…</translation>
    </message>
    <message>
        <source>Place the playing surface&apos;s corners on the picture by hand</source>
        <translation>Colocar a mano sobre la imagen las esquinas de la superficie de juego</translation>
    </message>
    <message>
        <source>Replay the table&apos;s last shots with the tracking drawn over them (Ctrl+R)</source>
        <translation>Repetir los últimos tiros de la mesa con el seguimiento dibujado encima (Ctrl+R)</translation>
    </message>
    <message>
        <source>This table&apos;s balls are not tracked.</source>
        <translation>Las bolas de esta mesa no tienen seguimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Tracking: %n ball(s) on the table, %1 shot(s) since the camera started.</source>
        <translation>
            <numerusform>Seguimiento: %n bola en la mesa; tiros desde que arrancó la cámara: %1.</numerusform>
            <numerusform>Seguimiento: %n bolas en la mesa; tiros desde que arrancó la cámara: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracking: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Where phones and screens watch this venue&apos;s games live.</source>
        <translation>Donde móviles y pantallas siguen en directo los encuentros de esta sala.</translation>
    </message>
    <message>
        <source>Print &amp;Table Cards…</source>
        <translation>Imprimir &amp;tarjetas de mesa…</translation>
    </message>
    <message>
        <source>Print the cards players scan to join a table&apos;s game, or save them as a PDF</source>
        <translation>Imprimir las tarjetas que escanean los jugadores para unirse al encuentro de una mesa, o guardarlas como PDF</translation>
    </message>
    <message>
        <source>New &amp;Join Codes…</source>
        <translation>Nuevos códigos de &amp;acceso…</translation>
    </message>
    <message>
        <source>Make new join codes for every table; the cards printed so far stop working</source>
        <translation>Generar nuevos códigos de acceso para todas las mesas; las tarjetas impresas hasta ahora dejan de funcionar</translation>
    </message>
    <message>
        <source>The live games serve no table: there are no cards to print.</source>
        <translation>Los encuentros en directo no sirven ninguna mesa: no hay tarjetas que imprimir.</translation>
    </message>
    <message>
        <source>New Join Codes</source>
        <translation>Nuevos códigos de acceso</translation>
    </message>
    <message>
        <source>New join codes void every table card printed so far. Players need the new cards to join. Make new codes?</source>
        <translation>Los nuevos códigos de acceso anulan todas las tarjetas de mesa impresas hasta ahora. Los jugadores necesitan las tarjetas nuevas para unirse. ¿Generar nuevos códigos?</translation>
    </message>
    <message>
        <source>&amp;Make New Codes</source>
        <translation>&amp;Generar nuevos códigos</translation>
    </message>
    <message>
        <source>The live games are not running.</source>
        <translation>Los encuentros en directo no están en marcha.</translation>
    </message>
    <message>
        <source>No new join codes were made; the printed cards still work.</source>
        <translation>No se generaron nuevos códigos de acceso; las tarjetas impresas siguen funcionando.</translation>
    </message>
    <message>
        <source>Every table has a new join code: print the new cards (Venue → Print Table Cards…).</source>
        <translation>Cada mesa tiene un nuevo código de acceso: imprima las tarjetas nuevas (Sala → Imprimir tarjetas de mesa…).</translation>
    </message>
    <message numerus="yes">
        <source>Live at %1 · %n watching</source>
        <translation>
            <numerusform>En directo en %1 · %n espectador</numerusform>
            <numerusform>En directo en %1 · %n espectadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Live games are off: %1</source>
        <translation>Los encuentros en directo están desactivados: %1</translation>
    </message>
    <message>
        <source>Table Cards</source>
        <translation>Tarjetas de mesa</translation>
    </message>
    <message>
        <source>Players scan a table&apos;s card with their phone to join its game. Tick the tables whose cards you want.</source>
        <translation>Los jugadores escanean la tarjeta de una mesa con el móvil para unirse a su encuentro. Marque las mesas cuyas tarjetas quiere.</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Mesas:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>No table is ticked.</source>
        <translation>No hay ninguna mesa marcada.</translation>
    </message>
    <message>
        <source>Print Table Cards</source>
        <translation>Imprimir tarjetas de mesa</translation>
    </message>
    <message>
        <source>The table cards could not be printed.</source>
        <translation>No se pudieron imprimir las tarjetas de mesa.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n cards to the printer.</source>
        <translation>
            <numerusform>Se envió %n tarjeta a la impresora.</numerusform>
            <numerusform>Se enviaron %n tarjetas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Table Cards as PDF</source>
        <translation>Guardar las tarjetas de mesa como PDF</translation>
    </message>
    <message>
        <source>table-cards.pdf</source>
        <translation>tarjetas-de-mesa.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The table cards could not be saved.</source>
        <translation>No se pudieron guardar las tarjetas de mesa.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n cards in %1.</source>
        <translation>
            <numerusform>Se guardó %n tarjeta en %1.</numerusform>
            <numerusform>Se guardaron %n tarjetas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This venue has no tables.</source>
        <translation>Esta sala no tiene mesas.</translation>
    </message>
    <message>
        <source>This table&apos;s join link is too long for a QR code.</source>
        <translation>El enlace de acceso de esta mesa es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>Tick at least one table.</source>
        <translation>Marque al menos una mesa.</translation>
    </message>
    <message>
        <source>One card, on an A6 page.</source>
        <translation>Una tarjeta, en una página A6.</translation>
    </message>
    <message numerus="yes">
        <source>%n cards, four to an A4 sheet with cut marks.</source>
        <translation>
            <numerusform>%n tarjeta, cuatro por hoja A4 con marcas de corte.</numerusform>
            <numerusform>%n tarjetas, cuatro por hoja A4 con marcas de corte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A booking ends after it starts.</source>
        <translation>Una reserva termina después de empezar.</translation>
    </message>
    <message>
        <source>Choose a table for the booking.</source>
        <translation>Elija una mesa para la reserva.</translation>
    </message>
    <message>
        <source>%1 is out of order.</source>
        <translation>%1 está fuera de servicio.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 from %3 to %4.</source>
        <translation>%1 está reservada para %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>New Booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Edit Booking</source>
        <translation>Editar reserva</translation>
    </message>
    <message>
        <source>Who the table is for</source>
        <translation>Para quién es la mesa</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Mesa:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Dí&amp;a:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Write who the table is booked for.</source>
        <translation>Escriba para quién se reserva la mesa.</translation>
    </message>
    <message>
        <source>A booking lasts 12 hours at most.</source>
        <translation>Una reserva dura 12 horas como máximo.</translation>
    </message>
    <message>
        <source>Filter by table, time, name or state</source>
        <translation>Filtrar por mesa, hora, nombre o estado</translation>
    </message>
    <message>
        <source>Filter the bookings</source>
        <translation>Filtrar las reservas</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Reservas del día</translation>
    </message>
    <message>
        <source>Cancel Booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Table #%1</source>
        <translation>Mesa n.º %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Right)</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation>El día mostrado</translation>
    </message>
    <message>
        <source>&amp;New Booking…</source>
        <translation>&amp;Nueva reserva…</translation>
    </message>
    <message>
        <source>Book the table and time of the timeline&apos;s cell (Ctrl+N)</source>
        <translation>Reservar la mesa y la hora de la celda de la cronología (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check &amp;In</source>
        <translation>Registrar &amp;entrada</translation>
    </message>
    <message>
        <source>The guests of the selected booking came: start their table time</source>
        <translation>Los clientes de la reserva seleccionada han llegado: iniciar su tiempo de juego</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>A booking keeps the name it was made for: cancel it and book the table again for the other name.</source>
        <translation>Una reserva conserva el nombre para el que se hizo: cancélela y vuelva a reservar la mesa con el otro nombre.</translation>
    </message>
    <message>
        <source>That table is no longer in the venue.</source>
        <translation>Esa mesa ya no está en la sala.</translation>
    </message>
    <message>
        <source>That booking is no longer on this day.</source>
        <translation>Esa reserva ya no está en este día.</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a booking&apos;s times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 has booked %2 from %3 to %4.</source>
        <translation>%1 ha reservado %2 de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 checked in at %2 on %3, booked from %4 to %5.</source>
        <translation>%1 registró la entrada a las %2 en %3, con reserva de %4 a %5.</translation>
    </message>
    <message>
        <source>%1 did not come for %2 from %3 to %4: the table is free again.</source>
        <translation>%1 no se presentó para %2 de %3 a %4: la mesa vuelve a estar libre.</translation>
    </message>
    <message>
        <source>%1&apos;s booking of %2 from %3 to %4 is cancelled.</source>
        <translation>La reserva de %1 para %2 de %3 a %4 está cancelada.</translation>
    </message>
    <message>
        <source>Bookings of the day by table</source>
        <translation>Reservas del día por mesa</translation>
    </message>
    <message>
        <source>The venue is closed then: the day runs from %1 to %2.</source>
        <translation>La sala está cerrada a esa hora: el día va de %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is free at %2.</source>
        <translation>%1 está libre a las %2.</translation>
    </message>
    <message>
        <source>No-show: not checked in within the grace minutes, the table is free again</source>
        <translation>No presentado: no se registró la entrada dentro de los minutos de cortesía, la mesa vuelve a estar libre</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>&amp;Lock / Switch User</source>
        <translation>&amp;Bloquear / cambiar de usuario</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>Out of &amp;Order</source>
        <translation>F&amp;uera de servicio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Take the table out of service, or put it back; free, booked, in play and paused follow from its sessions and bookings</source>
        <translation>Poner la mesa fuera de servicio, o volver a ponerla en servicio; libre, reservada, en juego y en pausa se deducen de sus sesiones y reservas</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Table use, revenue, peak hours and no-shows by table, hour, day and week</source>
        <translation>Uso de las mesas, ingresos, horas punta y no presentados por mesa, hora, día y semana</translation>
    </message>
    <message>
        <source>&amp;Bookings…</source>
        <translation>&amp;Reservas…</translation>
    </message>
    <message>
        <source>Show the day&apos;s reservations by table, to book, move, resize or cancel them</source>
        <translation>Mostrar las reservas del día por mesa, para reservar, moverlas, cambiar su duración o cancelarlas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Tables: %1 · %2 free · %3 booked · %4 in play · %5 paused · %6 out of order</source>
        <translation>Mesas: %1 · %2 libres · %3 reservadas · %4 en juego · %5 en pausa · %6 fuera de servicio</translation>
    </message>
    <message>
        <source>The venue&apos;s staff could not be read.</source>
        <translation>No se pudo leer el personal de la sala.</translation>
    </message>
    <message>
        <source>The staff list is for managers.</source>
        <translation>La lista del personal es solo para gerentes.</translation>
    </message>
    <message>
        <source>&amp;New Venue…</source>
        <translation>&amp;Nueva sala…</translation>
    </message>
    <message>
        <source>Set up another venue: its name, currency, time zone and tables</source>
        <translation>Configurar otra sala: su nombre, moneda, zona horaria y mesas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>The venue&apos;s name, currency, time zone, booking grace and idle lock</source>
        <translation>El nombre de la sala, moneda, zona horaria, cortesía de reservas y bloqueo por inactividad</translation>
    </message>
    <message>
        <source>&amp;Add Table…</source>
        <translation>&amp;Añadir mesa…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Edit Table…</source>
        <translation>&amp;Editar mesa…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Re&amp;move Table…</source>
        <translation>E&amp;liminar mesa…</translation>
    </message>
    <message>
        <source>&amp;Lay Out Tables</source>
        <translation>&amp;Colocar mesas</translation>
    </message>
    <message>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <source>Drag the tables to where they stand in the hall; arrow keys move the selected table, R turns it</source>
        <translation>Arrastre las mesas a donde están en la sala; las flechas mueven la mesa seleccionada, R la gira</translation>
    </message>
    <message>
        <source>Drag each table to where it stands; arrow keys move the selected one, R turns it.</source>
        <translation>Arrastre cada mesa a donde está; las flechas mueven la seleccionada, R la gira.</translation>
    </message>
    <message>
        <source>Arrange in &amp;Grid</source>
        <translation>Ordenar en &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Put every table back on the grid</source>
        <translation>Volver a poner todas las mesas en la cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Hall Plan</source>
        <translation>&amp;Plano de la sala</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the tables where they stand in the hall, or in a grid</source>
        <translation>Mostrar las mesas donde están en la sala, o en una cuadrícula</translation>
    </message>
    <message>
        <source>Add &amp;Player…</source>
        <translation>Añadir &amp;jugador…</translation>
    </message>
    <message>
        <source>Edit Pla&amp;yer…</source>
        <translation>Editar ju&amp;gador…</translation>
    </message>
    <message>
        <source>Remove Player…</source>
        <translation>Eliminar jugador…</translation>
    </message>
    <message>
        <source>The venue could not be set up.</source>
        <translation>No se pudo configurar la sala.</translation>
    </message>
    <message>
        <source>%1 is set up: choose each table&apos;s camera with Table → Camera….</source>
        <translation>%1 está configurada: elija la cámara de cada mesa con Mesa → Cámara….</translation>
    </message>
    <message>
        <source>The venue&apos;s settings could not be saved.</source>
        <translation>No se pudo guardar la configuración de la sala.</translation>
    </message>
    <message>
        <source>The table could not be added.</source>
        <translation>No se pudo añadir la mesa.</translation>
    </message>
    <message>
        <source>The table could not be changed.</source>
        <translation>No se pudo cambiar la mesa.</translation>
    </message>
    <message>
        <source>Remove Table</source>
        <translation>Eliminar mesa</translation>
    </message>
    <message>
        <source>Remove %1 from the venue? Its past bookings go with it; Edit → Undo puts the table back.</source>
        <translation>¿Eliminar %1 de la sala? Sus reservas pasadas se eliminan con ella; Editar → Deshacer vuelve a poner la mesa.</translation>
    </message>
    <message>
        <source>The table was not removed.</source>
        <translation>No se eliminó la mesa.</translation>
    </message>
    <message>
        <source>The player could not be added.</source>
        <translation>No se pudo añadir el jugador.</translation>
    </message>
    <message>
        <source>The player could not be changed.</source>
        <translation>No se pudo cambiar el jugador.</translation>
    </message>
    <message>
        <source>Remove Player</source>
        <translation>Eliminar jugador</translation>
    </message>
    <message>
        <source>Remove the player %1? Edit → Undo brings the player back.</source>
        <translation>¿Eliminar al jugador %1? Editar → Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>The player was not removed.</source>
        <translation>No se eliminó el jugador.</translation>
    </message>
    <message>
        <source>The table&apos;s place could not be saved.</source>
        <translation>No se pudo guardar la posición de la mesa.</translation>
    </message>
    <message>
        <source>The tables could not all be put back on the grid.</source>
        <translation>No se pudieron volver a poner todas las mesas en la cuadrícula.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>(no table)</source>
        <translation>(sin mesa)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue by day</source>
        <translation>Ingresos por día</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Share of the table time played, by hour of the day</source>
        <translation>Proporción del tiempo de mesa jugado, por hora del día</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jugado</translation>
    </message>
    <message>
        <source>Hours with a peak of the week</source>
        <translation>Horas con un pico de la semana</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Tables in use (%)</source>
        <translation>Mesas en uso (%)</translation>
    </message>
    <message>
        <source>Hours played</source>
        <translation>Horas jugadas</translation>
    </message>
    <message>
        <source>Hours played by table</source>
        <translation>Horas jugadas por mesa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Revenue by table</source>
        <translation>Ingresos por mesa</translation>
    </message>
    <message>
        <source>Bookings and no-shows by day</source>
        <translation>Reservas y no presentados por día</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>Hours played by week</source>
        <translation>Horas jugadas por semana</translation>
    </message>
    <message>
        <source>Revenue by week</source>
        <translation>Ingresos por semana</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Table time played</source>
        <translation>Tiempo de mesa jugado</translation>
    </message>
    <message>
        <source>Peak hour</source>
        <translation>Hora punta</translation>
    </message>
    <message>
        <source>Revenue by &amp;Day</source>
        <translation>Ingresos por &amp;día</translation>
    </message>
    <message>
        <source>Use by &amp;Hour</source>
        <translation>Uso por &amp;hora</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>&amp;Mesas</translation>
    </message>
    <message>
        <source>&amp;No-Shows</source>
        <translation>&amp;No presentados</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Semanas</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save this tab&apos;s figures as a CSV file (Ctrl+E)</source>
        <translation>Guardar las cifras de esta pestaña como archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>The reports cannot be read: %1</source>
        <translation>No se pueden leer los informes: %1</translation>
    </message>
    <message>
        <source>Reports — %1</source>
        <translation>Informes — %1</translation>
    </message>
    <message>
        <source>Receipts: %1, each counted when it was issued</source>
        <translation>Recibos: %1, cada uno contado cuando se emitió</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1% of the time the tables stood open</source>
        <translation>%1% del tiempo que las mesas estuvieron abiertas</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1% of the tables in use on average; the next busiest are under Use by Hour</source>
        <translation>%1% de las mesas en uso de media; las siguientes más concurridas están en Uso por hora</translation>
    </message>
    <message>
        <source>Nobody played in this period.</source>
        <translation>Nadie jugó en este periodo.</translation>
    </message>
    <message>
        <source>The busiest hours of the week, by the share of the tables in use on average: %1.</source>
        <translation>Las horas más concurridas de la semana, según la proporción media de mesas en uso: %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1% of the bookings due were not claimed (cancelled ones left out)</source>
        <translation>El %1% de las reservas previstas no se usó (sin contar las canceladas)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>4 to 8 digits, or your password</source>
        <translation>De 4 a 8 dígitos, o su contraseña</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>This venue has no staff yet: make the first manager&apos;s account.</source>
        <translation>Esta sala aún no tiene personal: cree la cuenta del primer gerente.</translation>
    </message>
    <message>
        <source>&amp;Make Manager and Sign In</source>
        <translation>&amp;Crear gerente e iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation>Inicie sesión en recepción.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>%1 (%2): PIN %3</source>
        <translation>%1 (%2): PIN %3</translation>
    </message>
    <message>
        <source>The demo venue&apos;s staff:
%1</source>
        <translation>El personal de la sala de demostración:
%1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>4 to 8 digits, or a password of 8 or more</source>
        <translation>De 4 a 8 dígitos, o una contraseña de 8 o más caracteres</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Repetir P&amp;IN:</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Restablecer &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Add a Member of Staff</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>%1&apos;s role:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nuevo PIN para %1</translation>
    </message>
    <message>
        <source>Remove Member of Staff</source>
        <translation>Eliminar miembro del personal</translation>
    </message>
    <message>
        <source>Remove %1&apos;s account? The audit log keeps what they did.</source>
        <translation>¿Eliminar la cuenta de %1? El registro conserva lo que hizo.</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name, or one of the players</source>
        <translation>Nombre, o uno de los jugadores</translation>
    </message>
    <message>
        <source>Pays the &amp;member rate</source>
        <translation>Paga la tarifa de &amp;socio</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Reserva:</translation>
    </message>
    <message>
        <source>&amp;Who plays:</source>
        <translation>&amp;Quién juega:</translation>
    </message>
    <message>
        <source>&amp;Check In</source>
        <translation>Registrar &amp;entrada</translation>
    </message>
    <message>
        <source>Walk-in, no booking</source>
        <translation>Cliente sin reserva</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Check Out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>&amp;Check Out</source>
        <translation>Registrar &amp;salida</translation>
    </message>
    <message>
        <source>Guest: %1 (member)</source>
        <translation>Cliente: %1 (socio)</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The time runs until you check out.</source>
        <translation>El tiempo corre hasta que registre la salida.</translation>
    </message>
    <message>
        <source>This receipt cannot be issued here.</source>
        <translation>Este recibo no se puede emitir aquí.</translation>
    </message>
    <message>
        <source>Checked out: %1 issued.</source>
        <translation>Salida registrada: %1 emitido.</translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <source>Sent %1 to the printer.</source>
        <translation>Se envió %1 a la impresora.</translation>
    </message>
    <message>
        <source>Save Receipt as PDF</source>
        <translation>Guardar recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Per hour (%1)</source>
        <translation>Por hora (%1)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Socios (%1)</translation>
    </message>
    <message>
        <source>Billed in</source>
        <translation>Se cobra en</translation>
    </message>
    <message>
        <source>Minimum (%1)</source>
        <translation>Mínimo (%1)</translation>
    </message>
    <message>
        <source>Happy hours</source>
        <translation>Happy hours</translation>
    </message>
    <message>
        <source>15-minute blocks</source>
        <translation>Bloques de 15 minutos</translation>
    </message>
    <message>
        <source>30-minute blocks</source>
        <translation>Bloques de 30 minutos</translation>
    </message>
    <message>
        <source>A class without a price per hour has no rate. Members: empty for the usual price. Happy hours: the days (1 Monday … 7 Sunday), start, end and the price per hour in cents, several separated by “;”; an end before the start runs past midnight. For example: 1234 16:00 19:00 600;56 22:00 02:00 600</source>
        <translation>Una clase sin precio por hora no tiene tarifa. Socios: vacío para el precio habitual. Happy hours: los días (1 lunes … 7 domingo), inicio, fin y el precio por hora en céntimos, varias separadas por «;»; un fin anterior al inicio pasa de medianoche. Por ejemplo: 1234 16:00 19:00 600;56 22:00 02:00 600</translation>
    </message>
    <message>
        <source>“%1” tables: the %2 is not an amount like 12.50.</source>
        <translation>Mesas «%1»: el %2 no es un importe como 12.50.</translation>
    </message>
    <message>
        <source>price per hour</source>
        <translation>precio por hora</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>precio de socio</translation>
    </message>
    <message>
        <source>minimum charge</source>
        <translation>cargo mínimo</translation>
    </message>
    <message>
        <source>“%1” tables: %2</source>
        <translation>Mesas «%1»: %2</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>Registrar &amp;entrada…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Start the table&apos;s time for a booking or a walk-in</source>
        <translation>Iniciar el tiempo de la mesa para una reserva o un cliente sin reserva</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Space</source>
        <translation>Ctrl+Shift+Space</translation>
    </message>
    <message>
        <source>Stop the table&apos;s time for a while, or start it again</source>
        <translation>Detener el tiempo de la mesa un rato, o volver a iniciarlo</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move the players and their time to another table</source>
        <translation>Mover a los jugadores y su tiempo a otra mesa</translation>
    </message>
    <message>
        <source>Check &amp;Out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>End the table&apos;s time and issue its receipt</source>
        <translation>Terminar el tiempo de la mesa y emitir su recibo</translation>
    </message>
    <message>
        <source>&amp;Rates…</source>
        <translation>&amp;Tarifas…</translation>
    </message>
    <message>
        <source>Set the prices of table time (managers)</source>
        <translation>Fijar los precios del tiempo de mesa (gerentes)</translation>
    </message>
    <message>
        <source>Walk-in Queue</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>&amp;Walk-in Queue</source>
        <translation>&amp;Lista de espera</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Table Time</source>
        <translation>Tiempo de mesa</translation>
    </message>
    <message>
        <source>No one can be checked in.</source>
        <translation>No se puede registrar la entrada de nadie.</translation>
    </message>
    <message>
        <source>Every table is taken or out of order.</source>
        <translation>Todas las mesas están ocupadas o fuera de servicio.</translation>
    </message>
    <message>
        <source>The check-in was not saved.</source>
        <translation>No se guardó el registro de entrada.</translation>
    </message>
    <message>
        <source>%1 checked in.</source>
        <translation>Entrada de %1 registrada.</translation>
    </message>
    <message>
        <source>The table&apos;s time could not be started again.</source>
        <translation>No se pudo reanudar el tiempo de la mesa.</translation>
    </message>
    <message>
        <source>The table&apos;s time could not be paused.</source>
        <translation>No se pudo pausar el tiempo de la mesa.</translation>
    </message>
    <message>
        <source>The session could not be moved.</source>
        <translation>No se pudo mover la sesión.</translation>
    </message>
    <message>
        <source>Every other table is taken or out of order.</source>
        <translation>Todas las demás mesas están ocupadas o fuera de servicio.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>&amp;To table:</source>
        <translation>&amp;A la mesa:</translation>
    </message>
    <message>
        <source>The table cannot be checked out.</source>
        <translation>No se puede registrar la salida de la mesa.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Esperando desde</translation>
    </message>
    <message>
        <source>Expected wait</source>
        <translation>Espera prevista</translation>
    </message>
    <message>
        <source>&amp;Add Party…</source>
        <translation>&amp;Añadir grupo…</translation>
    </message>
    <message>
        <source>&amp;Seat…</source>
        <translation>&amp;Sentar…</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>Se &amp;fue</translation>
    </message>
    <message>
        <source>No table of that kind</source>
        <translation>No hay ninguna mesa de ese tipo</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min: %1</source>
        <translation>
            <numerusform>%n min: %1</numerusform>
            <numerusform>%n min: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to the Queue</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
    <message>
        <source>Any table</source>
        <translation>Cualquier mesa</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>The party could not be added to the queue.</source>
        <translation>No se pudo añadir el grupo a la lista de espera.</translation>
    </message>
    <message>
        <source>The party could not be seated.</source>
        <translation>No se pudo sentar al grupo.</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Sentar a %1</translation>
    </message>
    <message>
        <source>The party could not be taken off the queue.</source>
        <translation>No se pudo quitar el grupo de la lista de espera.</translation>
    </message>
    <message>
        <source>Add Player</source>
        <translation>Añadir jugador</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>&amp;Member until</source>
        <translation>&amp;Socio hasta</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>Add Table</source>
        <translation>Añadir mesa</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>The rate the table is charged by; empty: the rate of its size.</source>
        <translation>La tarifa con la que se cobra la mesa; vacío: la tarifa de su tamaño.</translation>
    </message>
    <message>
        <source>By its size</source>
        <translation>Según su tamaño</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Rate class:</source>
        <translation>&amp;Clase de tarifa:</translation>
    </message>
    <message>
        <source>The table needs a name.</source>
        <translation>La mesa necesita un nombre.</translation>
    </message>
    <message>
        <source>Another table is called “%1” already.</source>
        <translation>Ya hay otra mesa llamada «%1».</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A booking not checked in this long after it starts frees its table.</source>
        <translation>Una reserva sin registro de entrada pasado este tiempo desde su inicio libera su mesa.</translation>
    </message>
    <message>
        <source>The window locks after this long without a key or a click.</source>
        <translation>La ventana se bloquea tras este tiempo sin pulsar una tecla ni hacer clic.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Booking &amp;grace:</source>
        <translation>&amp;Cortesía de reserva:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Welcome to DojoPool</source>
        <translation>Bienvenido a DojoPool</translation>
    </message>
    <message>
        <source>New Venue</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Set up your own venue now, or look around the demo venue first: its simulated tables play on their own.</source>
        <translation>Configure ahora su propia sala, o eche antes un vistazo a la sala de demostración: sus mesas simuladas juegan solas.</translation>
    </message>
    <message>
        <source>&amp;Set up your venue</source>
        <translation>&amp;Configurar su sala</translation>
    </message>
    <message>
        <source>&amp;Open the demo</source>
        <translation>&amp;Abrir la demostración</translation>
    </message>
    <message>
        <source>Your venue&apos;s name, currency, time zone and tables; cameras, staff and rates come after.</source>
        <translation>El nombre, la moneda, la zona horaria y las mesas de su sala; las cámaras, el personal y las tarifas vienen después.</translation>
    </message>
    <message>
        <source>Venue → New Venue… sets up your venue later.</source>
        <translation>Sala → Nueva sala… configura su sala más adelante.</translation>
    </message>
    <message>
        <source>Your venue</source>
        <translation>Su sala</translation>
    </message>
    <message>
        <source>Its name as guests know it, the currency its prices are in and the time zone its clock runs in.</source>
        <translation>Su nombre tal como lo conocen los clientes, la moneda de sus precios y la zona horaria de su reloj.</translation>
    </message>
    <message>
        <source>The Break Room</source>
        <translation>The Break Room</translation>
    </message>
    <message>
        <source>Your tables</source>
        <translation>Sus mesas</translation>
    </message>
    <message>
        <source>How many tables of each size the hall has. Select a name and press F2 to change it; each table&apos;s camera is chosen later (Table → Camera…).</source>
        <translation>Cuántas mesas de cada tamaño tiene la sala. Seleccione un nombre y pulse F2 para cambiarlo; la cámara de cada mesa se elige después (Mesa → Cámara…).</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>&amp;Remove the demo venue with its tables and players</source>
        <translation>&amp;Eliminar la sala de demostración con sus mesas y jugadores</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>New Challenge</source>
        <translation>Nuevo desafío</translation>
    </message>
    <message>
        <source>For the record: stakes, a date agreed</source>
        <translation>Para que conste: lo que se apuesta, una fecha acordada</translation>
    </message>
    <message>
        <source>C&amp;hallenger:</source>
        <translation>&amp;Desafiante:</translation>
    </message>
    <message>
        <source>Challen&amp;ged:</source>
        <translation>Des&amp;afiado:</translation>
    </message>
    <message>
        <source>&amp;Race to:</source>
        <translation>Ca&amp;rrera a:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Lanzar</translation>
    </message>
    <message>
        <source>Type the name of the player who challenges.</source>
        <translation>Escriba el nombre del jugador que desafía.</translation>
    </message>
    <message>
        <source>Type the name of the player challenged.</source>
        <translation>Escriba el nombre del jugador desafiado.</translation>
    </message>
    <message>
        <source>A player cannot challenge themselves.</source>
        <translation>Un jugador no puede desafiarse a sí mismo.</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Lanzado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;New Challenge…</source>
        <translation>&amp;Nuevo desafío…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Aceptar…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <source>&amp;Book Table…</source>
        <translation>Reservar &amp;mesa…</translation>
    </message>
    <message>
        <source>Enter &amp;Result…</source>
        <translation>Introducir &amp;resultado…</translation>
    </message>
    <message>
        <source>Issue a challenge between two players (Ctrl+N)</source>
        <translation>Lanzar un desafío entre dos jugadores (Ctrl+N)</translation>
    </message>
    <message>
        <source>Challenges — %1</source>
        <translation>Desafíos — %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Reserva %1</translation>
    </message>
    <message>
        <source>Issue %1&apos;s challenge to %2</source>
        <translation>Lanzar el desafío de %1 a %2</translation>
    </message>
    <message>
        <source>%1 has accepted the challenge already: Undo no longer takes it back. Withdraw it instead.</source>
        <translation>%1 ya ha aceptado el desafío: Deshacer ya no lo anula. Retírelo en su lugar.</translation>
    </message>
    <message>
        <source>%1 challenged %2 to a race to %3 at %4.</source>
        <translation>%1 desafió a %2 a una carrera a %3 de %4.</translation>
    </message>
    <message>
        <source>Accept the Challenge</source>
        <translation>Aceptar el desafío</translation>
    </message>
    <message>
        <source>Accept %1&apos;s challenge for %2: %3, race to %4? An accepted challenge cannot be answered again; %1 can still withdraw it.</source>
        <translation>¿%2 acepta el desafío de %1: %3, carrera a %4? Un desafío aceptado ya no se puede volver a responder; %1 aún puede retirarlo.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>%1 accepted %2&apos;s challenge: book them a table.</source>
        <translation>%1 aceptó el desafío de %2: resérveles una mesa.</translation>
    </message>
    <message>
        <source>Decline the Challenge</source>
        <translation>Rechazar el desafío</translation>
    </message>
    <message>
        <source>Decline %1&apos;s challenge for %2? A declined challenge is over; %1 can challenge again.</source>
        <translation>¿%2 rechaza el desafío de %1? Un desafío rechazado queda cerrado; %1 puede volver a desafiar.</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>%1 declined %2&apos;s challenge.</source>
        <translation>%1 rechazó el desafío de %2.</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s challenge to %2? The table booked for it is given back; a withdrawn challenge is over.</source>
        <translation>¿Retirar el desafío de %1 a %2? La mesa reservada para él se libera; un desafío retirado queda cerrado.</translation>
    </message>
    <message>
        <source>Withdraw %1&apos;s challenge to %2? A withdrawn challenge is over.</source>
        <translation>¿Retirar el desafío de %1 a %2? Un desafío retirado queda cerrado.</translation>
    </message>
    <message>
        <source>Withdraw the Challenge</source>
        <translation>Retirar el desafío</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>%1 withdrew the challenge to %2.</source>
        <translation>%1 retiró el desafío a %2.</translation>
    </message>
    <message>
        <source>This window has no bookings: the table cannot be booked here.</source>
        <translation>Esta ventana no tiene reservas: aquí no se puede reservar la mesa.</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4 is entered; the ratings count it at their next refresh.</source>
        <translation>Se ha introducido %1 %2–%3 %4; los ratings lo tendrán en cuenta en su próxima actualización.</translation>
    </message>
    <message>
        <source>&amp;Challenges…</source>
        <translation>&amp;Desafíos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Issue challenges between players, answer them, book them a table and enter their results</source>
        <translation>Lanzar desafíos entre jugadores, responderlos, reservarles una mesa e introducir sus resultados</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Eventos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>League nights, open play and tournaments, and who signed up for them</source>
        <translation>Noches de liga, juego libre y torneos, y quién se ha inscrito en ellos</translation>
    </message>
    <message>
        <source>&amp;Club</source>
        <translation>&amp;Club</translation>
    </message>
    <message>
        <source>Match Queue</source>
        <translation>Cola de encuentros</translation>
    </message>
    <message>
        <source>&amp;Match Queue</source>
        <translation>&amp;Cola de encuentros</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Players waiting for a game, and the pairs their ratings make</source>
        <translation>Jugadores que esperan un encuentro, y las parejas que forman según sus ratings</translation>
    </message>
    <message numerus="yes">
        <source>%n signed up</source>
        <translation>
            <numerusform>%n inscrito</numerusform>
            <numerusform>%n inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 signed up, %n waiting</source>
        <translation>
            <numerusform>%1 inscritos, %n en espera</numerusform>
            <numerusform>%1 inscritos, %n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n waiting</source>
        <translation>
            <numerusform>%1 de %2, %n en espera</numerusform>
            <numerusform>%1 de %2, %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Tuesday League</source>
        <translation>Liga de los martes</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> players</source>
        <translation> jugadores</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Name the event, as players will look for it.</source>
        <translation>Dé al evento el nombre con el que lo buscarán los jugadores.</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>A league night, open play or a tournament players sign up for (Ctrl+N)</source>
        <translation>Una noche de liga, juego libre o un torneo en el que se inscriben los jugadores (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Cancel Event…</source>
        <translation>&amp;Cancelar evento…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Signed up at</source>
        <translation>Fecha de inscripción</translation>
    </message>
    <message>
        <source>Sign &amp;Up</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Sign &amp;Off</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <source>Cancel the selected player&apos;s sign-up (Delete); the first waiting moves in</source>
        <translation>Cancelar la inscripción del jugador seleccionado (Supr); entra el primero que está en espera</translation>
    </message>
    <message>
        <source>Sign up a &amp;player:</source>
        <translation>Inscribir a un &amp;jugador:</translation>
    </message>
    <message>
        <source>Events — %1</source>
        <translation>Eventos — %1</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Ningún evento seleccionado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Crear %1</translation>
    </message>
    <message>
        <source>%1 is open for sign-ups.</source>
        <translation>Se abren las inscripciones para %1.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>Se canceló %1.</translation>
    </message>
    <message>
        <source>Cancel the Event</source>
        <translation>Cancelar el evento</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1? Nobody can sign up for it any more, and it cannot be opened again; its %n sign-ups stay on record.</source>
        <translation>
            <numerusform>¿Cancelar %1? Ya nadie podrá inscribirse y no se podrá volver a abrir; su %n inscripción se conserva en el registro.</numerusform>
            <numerusform>¿Cancelar %1? Ya nadie podrá inscribirse y no se podrá volver a abrir; sus %n inscripciones se conservan en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the &amp;Event</source>
        <translation>Cancelar el &amp;evento</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>&amp;Mantenerlo</translation>
    </message>
    <message>
        <source>%1 is in for %2 (%3).</source>
        <translation>Inscripción de %1 en %2 confirmada (%3).</translation>
    </message>
    <message>
        <source>%1 is full: %2 is number %3 on the waiting list.</source>
        <translation>No quedan plazas en %1: %2 es el número %3 de la lista de espera.</translation>
    </message>
    <message>
        <source>%1 is off %2; %3 moved in from the waiting list.</source>
        <translation>Se dio de baja a %1 en %2; %3 entra desde la lista de espera.</translation>
    </message>
    <message>
        <source>%1 is off %2.</source>
        <translation>Se dio de baja a %1 en %2.</translation>
    </message>
    <message>
        <source>Sign %1 up for %2</source>
        <translation>Inscribir a %1 en %2</translation>
    </message>
    <message>
        <source>Sign %1 off %2</source>
        <translation>Dar de baja a %1 en %2</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Apuntar</translation>
    </message>
    <message>
        <source>Put the player found in the queue for the game (Enter)</source>
        <translation>Poner al jugador encontrado en la cola para la modalidad (Intro)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected player off the queue (Delete)</source>
        <translation>Quitar de la cola al jugador seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Proposed pair</source>
        <translation>Pareja propuesta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>&amp;Pair Them…</source>
        <translation>&amp;Emparejar…</translation>
    </message>
    <message>
        <source>Match the selected pair: both leave the queue (Enter)</source>
        <translation>Emparejar la pareja seleccionada: los dos salen de la cola (Intro)</translation>
    </message>
    <message>
        <source>Player &amp;to join:</source>
        <translation>&amp;Jugador que se apunta:</translation>
    </message>
    <message>
        <source>%1 (%2) v %3 (%4)</source>
        <translation>%1 (%2) vs. %3 (%4)</translation>
    </message>
    <message>
        <source>%1 waits for a game of %2.</source>
        <translation>%1 espera un encuentro de %2.</translation>
    </message>
    <message>
        <source>%1 left the queue.</source>
        <translation>%1 salió de la cola.</translation>
    </message>
    <message>
        <source>Put %1 in the queue for %2</source>
        <translation>Poner a %1 en la cola para %2</translation>
    </message>
    <message>
        <source>Take %1 off the queue</source>
        <translation>Quitar a %1 de la cola</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3.</source>
        <translation>%1 y %2 quedan emparejados para %3.</translation>
    </message>
    <message>
        <source>%1 v %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3, but %4 could not be checked in: %5</source>
        <translation>%1 y %2 quedan emparejados para %3, pero no se pudo registrar su entrada en %4: %5</translation>
    </message>
    <message>
        <source>%1 and %2 are paired for %3 at %4; their time runs.</source>
        <translation>%1 y %2 quedan emparejados para %3 en %4; su tiempo corre.</translation>
    </message>
    <message>
        <source>Pair Them</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Pair %1 and %2 for %3? Their ratings are %4 points apart. Both leave the queue; this cannot be undone.</source>
        <translation>¿Emparejar a %1 y %2 para %3? Sus ratings se diferencian en %4 puntos. Los dos salen de la cola; esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>&amp;Seat them at:</source>
        <translation>&amp;Sentarlos en:</translation>
    </message>
    <message>
        <source>No table is free now.</source>
        <translation>Ahora no hay ninguna mesa libre.</translation>
    </message>
    <message>
        <source>&amp;Pair Them</source>
        <translation>&amp;Emparejar</translation>
    </message>
    <message>
        <source>Name, nickname or phone</source>
        <translation>Nombre, apodo o teléfono</translation>
    </message>
    <message>
        <source>Enter the Result</source>
        <translation>Introducir el resultado</translation>
    </message>
    <message>
        <source>%1 v %2, %3, race to %4.</source>
        <translation>%1 vs. %2, %3, carrera a %4.</translation>
    </message>
    <message>
        <source>A result entered stays: only a referee or a manager can void it. The players&apos; ratings count it at their next refresh.</source>
        <translation>Un resultado introducido se mantiene: solo un árbitro o un gerente puede anularlo. Los ratings de los jugadores lo tendrán en cuenta en su próxima actualización.</translation>
    </message>
    <message>
        <source>Racks won by %1:</source>
        <translation>Partidas ganadas por %1:</translation>
    </message>
    <message>
        <source>&amp;Enter Result</source>
        <translation>&amp;Introducir resultado</translation>
    </message>
    <message>
        <source>Book a Table</source>
        <translation>Reservar una mesa</translation>
    </message>
    <message>
        <source>Booked as:</source>
        <translation>Reservada como:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <source>The venue has no tables to book.</source>
        <translation>La sala no tiene mesas que reservar.</translation>
    </message>
    <message>
        <source>&amp;Tournaments…</source>
        <translation>T&amp;orneos…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Set up the venue&apos;s tournaments, sign players up, make the draw, put matches on tables and enter their results</source>
        <translation>Configurar los torneos de la sala, inscribir jugadores, hacer el sorteo, asignar mesas a los encuentros e introducir sus resultados</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Bye</source>
        <translation>Pase libre</translation>
    </message>
    <message>
        <source>Not played</source>
        <translation>No jugado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players</source>
        <translation>
            <numerusform>%1 · %2 · %n jugador</numerusform>
            <numerusform>%1 · %2 · %n jugadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n players · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n jugador · %3</numerusform>
            <numerusform>%1 · %2 · %n jugadores · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The bracket cannot be printed: the printer or file does not accept painting.</source>
        <translation>No se puede imprimir el cuadro: la impresora o el archivo no acepta el dibujo.</translation>
    </message>
    <message>
        <source>The bracket cannot be printed: the printer or file did not finish the page.</source>
        <translation>No se puede imprimir el cuadro: la impresora o el archivo no terminó la página.</translation>
    </message>
    <message>
        <source>The bracket cannot be written to %1: %2.</source>
        <translation>No se puede escribir el cuadro en %1: %2.</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Cuadro</translation>
    </message>
    <message>
        <source>Bracket of %1</source>
        <translation>Cuadro de %1</translation>
    </message>
    <message>
        <source>The draw is made when sign-up closes: Make the Draw.</source>
        <translation>El sorteo se hace cuando se cierran las inscripciones: Hacer el sorteo.</translation>
    </message>
    <message>
        <source>%1 has its result: take it back first to record another.</source>
        <translation>%1 ya tiene su resultado: retírelo antes de registrar otro.</translation>
    </message>
    <message>
        <source>%1 is not played.</source>
        <translation>%1 no se juega.</translation>
    </message>
    <message>
        <source>%1 waits for its players.</source>
        <translation>%1 espera a sus jugadores.</translation>
    </message>
    <message>
        <source>Find a player by name or nickname</source>
        <translation>Buscar un jugador por nombre o apodo</translation>
    </message>
    <message>
        <source>Players to enter</source>
        <translation>Jugadores para inscribir</translation>
    </message>
    <message>
        <source>E&amp;nter Player</source>
        <translation>I&amp;nscribir jugador</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Cabeza de serie</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Chec&amp;k In</source>
        <translation>Registrar &amp;entrada</translation>
    </message>
    <message>
        <source>Back to Ente&amp;red</source>
        <translation>Volver a &amp;inscrito</translation>
    </message>
    <message>
        <source>No-&amp;Show</source>
        <translation>No &amp;presentado</translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation>Pa&amp;gado</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Make the Draw</source>
        <translation>&amp;Hacer el sorteo</translation>
    </message>
    <message>
        <source>Re&amp;open Sign-Up</source>
        <translation>Re&amp;abrir inscripción</translation>
    </message>
    <message>
        <source>The venue&apos;s players:</source>
        <translation>Los jugadores de la sala:</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message numerus="yes">
        <source>%n players in, %1 checked in, %2 paid.</source>
        <translation>
            <numerusform>%n jugador inscrito; entrada registrada: %1; han pagado: %2.</numerusform>
            <numerusform>%n jugadores inscritos; entrada registrada: %1; han pagado: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>%1, match %2 (%3)</source>
        <translation>%1, encuentro %2 (%3)</translation>
    </message>
    <message>
        <source>A race to %1.</source>
        <translation>Una carrera a %1.</translation>
    </message>
    <message>
        <source>A handicapped race: %1 races to %2, %3 to %4.</source>
        <translation>Una carrera con hándicap: %1 juega a %2, %3 a %4.</translation>
    </message>
    <message>
        <source>Racks of %1</source>
        <translation>Partidas de %1</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Choose the winner: type the racks each player won, or click the winner.</source>
        <translation>Elija al ganador: escriba las partidas que ganó cada jugador o haga clic en el ganador.</translation>
    </message>
    <message>
        <source>%1 won, so %1 has the %2 racks of their race.</source>
        <translation>%1 ganó, así que %1 tiene las %2 partidas de su carrera.</translation>
    </message>
    <message>
        <source>%1 lost, so %1 has fewer than the %2 racks of their race.</source>
        <translation>%1 perdió, así que %1 tiene menos de las %2 partidas de su carrera.</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Entry fee %1, added money %2: the purse is known when the draw is made.</source>
        <translation>Cuota de inscripción %1, dinero añadido %2: la bolsa se conoce cuando se hace el sorteo.</translation>
    </message>
    <message numerus="yes">
        <source>Purse %1: %n entry fees of %2 and %3 added; %4 % of it paid out.</source>
        <translation>
            <numerusform>Bolsa %1: %n cuota de inscripción de %2 más %3 de dinero añadido; se reparte el %4 %.</numerusform>
            <numerusform>Bolsa %1: %n cuotas de inscripción de %2 más %3 de dinero añadido; se reparte el %4 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Tournament</source>
        <translation>Nuevo torneo</translation>
    </message>
    <message>
        <source>Friday 9-Ball</source>
        <translation>Bola 9 de los viernes</translation>
    </message>
    <message>
        <source>Double: a reset when the losers&apos; bracket winner wins</source>
        <translation>Doble: una segunda final si gana el campeón del cuadro de perdedores</translation>
    </message>
    <message>
        <source>Simple: one match</source>
        <translation>Simple: un solo encuentro</translation>
    </message>
    <message>
        <source>The semi-finals&apos; losers play for third place</source>
        <translation>Los perdedores de las semifinales juegan por el tercer puesto</translation>
    </message>
    <message>
        <source>Enough for one unbeaten player</source>
        <translation>Las suficientes para que quede un solo invicto</translation>
    </message>
    <message>
        <source>Every round as above; or by round, like 5,5,7</source>
        <translation>Todas las rondas como arriba; o por ronda, como 5,5,7</translation>
    </message>
    <message>
        <source>As its round</source>
        <translation>Como su ronda</translation>
    </message>
    <message>
        <source>Handicapped by rating (Fargo): the weaker player needs fewer racks</source>
        <translation>Con hándicap según el rating (Fargo): el jugador más débil necesita menos partidas</translation>
    </message>
    <message>
        <source>Percent of the purse by place, like 50,30,20</source>
        <translation>Porcentaje de la bolsa por puesto, como 50,30,20</translation>
    </message>
    <message>
        <source>By rating</source>
        <translation>Por rating</translation>
    </message>
    <message>
        <source>By hand, in the order of the entries</source>
        <translation>A mano, en el orden de las inscripciones</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Grand &amp;final:</source>
        <translation>Gran fina&amp;l:</translation>
    </message>
    <message>
        <source>S&amp;wiss rounds:</source>
        <translation>Rondas del sistema &amp;suizo:</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>Gr&amp;upos:</translation>
    </message>
    <message>
        <source>Races &amp;by round:</source>
        <translation>Carreras &amp;por ronda:</translation>
    </message>
    <message>
        <source>F&amp;inal&apos;s race:</source>
        <translation>Carrera de la f&amp;inal:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Entry fee:</source>
        <translation>Cu&amp;ota de inscripción:</translation>
    </message>
    <message>
        <source>A&amp;dded money:</source>
        <translation>&amp;Dinero añadido:</translation>
    </message>
    <message>
        <source>&amp;Payouts (%):</source>
        <translation>Repar&amp;to de premios (%):</translation>
    </message>
    <message>
        <source>Player &amp;cap:</source>
        <translation>Límite de &amp;jugadores:</translation>
    </message>
    <message>
        <source>See&amp;ding:</source>
        <translation>Ca&amp;bezas de serie:</translation>
    </message>
    <message>
        <source>A tournament needs a name.</source>
        <translation>Un torneo necesita un nombre.</translation>
    </message>
    <message>
        <source>Races by round are racks from 1 to 99 separated by commas, like 5,5,7.</source>
        <translation>Las carreras por ronda son números de partidas del 1 al 99 separados por comas, como 5,5,7.</translation>
    </message>
    <message>
        <source>The entry fee is an amount like 20 or 20.50.</source>
        <translation>La cuota de inscripción es un importe como 20 o 20.50.</translation>
    </message>
    <message>
        <source>The added money is an amount like 100 or 100.00.</source>
        <translation>El dinero añadido es un importe como 100 o 100.00.</translation>
    </message>
    <message>
        <source>Payouts are percentages of the purse separated by commas, like 50,30,20.</source>
        <translation>El reparto de premios son porcentajes de la bolsa separados por comas, como 50,30,20.</translation>
    </message>
    <message>
        <source>The payouts add up to %1 %: they may be 100 % of the purse at most.</source>
        <translation>El reparto de premios suma %1 %: puede ser como máximo el 100 % de la bolsa.</translation>
    </message>
    <message>
        <source>This venue&apos;s tournaments are closed: open the venue again.</source>
        <translation>Los torneos de esta sala están cerrados: vuelva a abrir la sala.</translation>
    </message>
    <message>
        <source>Create Tournament “%1”</source>
        <translation>Crear el torneo «%1»</translation>
    </message>
    <message>
        <source>The tournament was not created.</source>
        <translation>No se creó el torneo.</translation>
    </message>
    <message>
        <source>The tournament was not cancelled.</source>
        <translation>No se canceló el torneo.</translation>
    </message>
    <message>
        <source>Edit Tournament “%1”</source>
        <translation>Editar el torneo «%1»</translation>
    </message>
    <message>
        <source>The tournament&apos;s settings were not saved.</source>
        <translation>No se guardó la configuración del torneo.</translation>
    </message>
    <message>
        <source>The tournament&apos;s settings were not put back.</source>
        <translation>No se restableció la configuración anterior del torneo.</translation>
    </message>
    <message>
        <source>Enter %1 in %2</source>
        <translation>Inscribir a %1 en %2</translation>
    </message>
    <message>
        <source>The player was not entered.</source>
        <translation>No se inscribió al jugador.</translation>
    </message>
    <message>
        <source>The entry was not withdrawn.</source>
        <translation>No se retiró la inscripción.</translation>
    </message>
    <message>
        <source>Set %1 Back to Entered</source>
        <translation>Volver a poner a %1 como inscrito</translation>
    </message>
    <message>
        <source>Check In %1</source>
        <translation>Registrar la entrada de %1</translation>
    </message>
    <message>
        <source>Mark %1 as a No-Show</source>
        <translation>Marcar a %1 como no presentado</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retirar a %1</translation>
    </message>
    <message>
        <source>The player&apos;s entry was not changed.</source>
        <translation>No se cambió la inscripción del jugador.</translation>
    </message>
    <message>
        <source>The player&apos;s entry was not put back.</source>
        <translation>No se restableció la inscripción del jugador.</translation>
    </message>
    <message>
        <source>Mark %1 as Paid</source>
        <translation>Marcar a %1 como pagado</translation>
    </message>
    <message>
        <source>Mark %1 as Not Paid</source>
        <translation>Marcar a %1 como no pagado</translation>
    </message>
    <message>
        <source>The entry fee was not noted.</source>
        <translation>No se anotó la cuota de inscripción.</translation>
    </message>
    <message>
        <source>Move %1 Up</source>
        <translation>Subir a %1</translation>
    </message>
    <message>
        <source>Move %1 Down</source>
        <translation>Bajar a %1</translation>
    </message>
    <message>
        <source>Make the Draw of %1</source>
        <translation>Hacer el sorteo de %1</translation>
    </message>
    <message>
        <source>The draw was not made.</source>
        <translation>No se hizo el sorteo.</translation>
    </message>
    <message>
        <source>The sign-up was not opened again.</source>
        <translation>No se reabrieron las inscripciones.</translation>
    </message>
    <message>
        <source>Reopen the Sign-Up of %1</source>
        <translation>Reabrir las inscripciones de %1</translation>
    </message>
    <message>
        <source>The draw was not made again.</source>
        <translation>No se volvió a hacer el sorteo.</translation>
    </message>
    <message>
        <source>The match was not given a table.</source>
        <translation>No se asignó una mesa al encuentro.</translation>
    </message>
    <message>
        <source>Every free table is playing one of the tournament&apos;s matches already; choose one by hand with Table….</source>
        <translation>Todas las mesas libres ya tienen un encuentro del torneo; elija una a mano con Mesa….</translation>
    </message>
    <message>
        <source>The match&apos;s table was not put back.</source>
        <translation>No se restableció la mesa del encuentro.</translation>
    </message>
    <message>
        <source>Record the Result of %1</source>
        <translation>Registrar el resultado de %1</translation>
    </message>
    <message>
        <source>The result was not recorded.</source>
        <translation>No se registró el resultado.</translation>
    </message>
    <message>
        <source>The result was not taken back.</source>
        <translation>No se retiró el resultado.</translation>
    </message>
    <message>
        <source>Take Back the Result of %1</source>
        <translation>Retirar el resultado de %1</translation>
    </message>
    <message>
        <source>Tournaments — %1</source>
        <translation>Torneos — %1</translation>
    </message>
    <message>
        <source>Tournaments</source>
        <translation>Torneos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Matches ready to play</source>
        <translation>Encuentros listos para jugar</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Ready Matches</source>
        <translation>Encuentros listos</translation>
    </message>
    <message>
        <source>&amp;New Tournament…</source>
        <translation>&amp;Nuevo torneo…</translation>
    </message>
    <message>
        <source>&amp;Edit Tournament…</source>
        <translation>&amp;Editar torneo…</translation>
    </message>
    <message>
        <source>&amp;Cancel Tournament…</source>
        <translation>&amp;Cancelar torneo…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Seed the checked-in players (everyone entered when no one checked in) and draw the bracket</source>
        <translation>Asignar las cabezas de serie entre los jugadores con entrada registrada (todos los inscritos si nadie la ha registrado) y sortear el cuadro</translation>
    </message>
    <message>
        <source>&amp;Print Bracket…</source>
        <translation>&amp;Imprimir cuadro…</translation>
    </message>
    <message>
        <source>Save Bracket as P&amp;DF…</source>
        <translation>Guardar cuadro como P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Record the selected match&apos;s result by hand</source>
        <translation>Registrar a mano el resultado del encuentro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Next Free Table</source>
        <translation>Siguiente mesa &amp;libre</translation>
    </message>
    <message>
        <source>Put the selected match on the first free table of the floor (T in the bracket)</source>
        <translation>Poner el encuentro seleccionado en la primera mesa libre de la sala (T en el cuadro)</translation>
    </message>
    <message>
        <source>&amp;Table…</source>
        <translation>&amp;Mesa…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Take &amp;Back Result</source>
        <translation>Re&amp;tirar resultado</translation>
    </message>
    <message>
        <source>Take the selected match&apos;s result back to record the right one (a referee or a manager)</source>
        <translation>Retirar el resultado del encuentro seleccionado para registrar el correcto (un árbitro o un gerente)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Tournament</source>
        <translation>&amp;Torneo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Matc&amp;h</source>
        <translation>E&amp;ncuentro</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>The tournaments could not be read.</source>
        <translation>No se pudieron leer los torneos.</translation>
    </message>
    <message>
        <source>The tournament could not be read.</source>
        <translation>No se pudo leer el torneo.</translation>
    </message>
    <message>
        <source>No tournament yet: New Tournament… (Ctrl+N) sets one up.</source>
        <translation>Aún no hay torneos: Nuevo torneo… (Ctrl+N) crea uno.</translation>
    </message>
    <message>
        <source>race to %1</source>
        <translation>carrera a %1</translation>
    </message>
    <message>
        <source>races %1 by round</source>
        <translation>carreras %1 por ronda</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, handicapped · starts %4 · entry %5, added %6 · %7</source>
        <translation>%1 · %2 · %3, con hándicap · empieza %4 · inscripción %5, añadido %6 · %7</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · starts %4 · entry %5, added %6 · %7</source>
        <translation>%1 · %2 · %3 · empieza %4 · inscripción %5, añadido %6 · %7</translation>
    </message>
    <message>
        <source>%1 (%2 against %3)</source>
        <translation>%1 (%2 contra %3)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 contra %2</translation>
    </message>
    <message>
        <source>%1 takes sign-ups: enter its players.</source>
        <translation>%1 admite inscripciones: inscriba a sus jugadores.</translation>
    </message>
    <message>
        <source>Cancel Tournament</source>
        <translation>Cancelar torneo</translation>
    </message>
    <message>
        <source>Cancel %1? Its entries and results are kept, but it cannot be run again.</source>
        <translation>¿Cancelar %1? Se conservan sus inscripciones y resultados, pero no se podrá volver a jugar.</translation>
    </message>
    <message>
        <source>%1 is entered.</source>
        <translation>Se inscribió a %1.</translation>
    </message>
    <message>
        <source>The draw is made: put the first matches on tables (T) and enter their results (Enter).</source>
        <translation>Sorteo hecho: ponga los primeros encuentros en las mesas (T) e introduzca sus resultados (Intro).</translation>
    </message>
    <message>
        <source>%1 is not ready for a result.</source>
        <translation>%1 no está listo para un resultado.</translation>
    </message>
    <message>
        <source>No tournament is shown.</source>
        <translation>No se muestra ningún torneo.</translation>
    </message>
    <message>
        <source>The result of %1 is recorded; Ctrl+Z takes it back.</source>
        <translation>Se registró el resultado de %1; Ctrl+Z lo retira.</translation>
    </message>
    <message>
        <source>%1 is not ready to play.</source>
        <translation>%1 no está listo para jugarse.</translation>
    </message>
    <message>
        <source>No table of the floor is free now; choose one by hand with Table….</source>
        <translation>Ahora no hay ninguna mesa libre en la sala; elija una a mano con Mesa….</translation>
    </message>
    <message>
        <source>Put %1 on the Next Free Table</source>
        <translation>Poner %1 en la siguiente mesa libre</translation>
    </message>
    <message>
        <source>%1 plays on %2.</source>
        <translation>%1 se juega en %2.</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>Sin mesa</translation>
    </message>
    <message>
        <source>Table for %1</source>
        <translation>Mesa para %1</translation>
    </message>
    <message>
        <source>Where %1 is played:</source>
        <translation>Dónde se juega %1:</translation>
    </message>
    <message>
        <source>Put %1 on %2</source>
        <translation>Poner %1 en %2</translation>
    </message>
    <message>
        <source>Take %1 off Its Table</source>
        <translation>Quitar %1 de su mesa</translation>
    </message>
    <message>
        <source>The result of %1 is taken back: enter the right one.</source>
        <translation>Se retiró el resultado de %1: introduzca el correcto.</translation>
    </message>
    <message>
        <source>Print Bracket</source>
        <translation>Imprimir cuadro</translation>
    </message>
    <message>
        <source>The bracket was not printed.</source>
        <translation>No se imprimió el cuadro.</translation>
    </message>
    <message>
        <source>Sent the bracket of %1 to the printer.</source>
        <translation>Se envió el cuadro de %1 a la impresora.</translation>
    </message>
    <message>
        <source>There is no bracket to save: the draw is not made.</source>
        <translation>No hay cuadro que guardar: aún no se ha hecho el sorteo.</translation>
    </message>
    <message>
        <source>Save Bracket as PDF</source>
        <translation>Guardar cuadro como PDF</translation>
    </message>
    <message>
        <source>The bracket was not saved.</source>
        <translation>No se guardó el cuadro.</translation>
    </message>
    <message>
        <source>Saved the bracket in %1.</source>
        <translation>Se guardó el cuadro en %1.</translation>
    </message>
    <message>
        <source>Single elimination</source>
        <translation>Eliminación directa</translation>
    </message>
    <message>
        <source>Double elimination</source>
        <translation>Doble eliminación</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Todos contra todos</translation>
    </message>
    <message>
        <source>Swiss</source>
        <translation>Sistema suizo</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>14.1 straight pool</source>
        <translation>14.1 continuo</translation>
    </message>
    <message>
        <source>Winners round %1</source>
        <translation>Ronda %1 de ganadores</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Semi-finals</source>
        <translation>Semifinales</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Losers round %1</source>
        <translation>Ronda %1 de perdedores</translation>
    </message>
    <message>
        <source>Grand final</source>
        <translation>Gran final</translation>
    </message>
    <message>
        <source>Reset (if needed)</source>
        <translation>Segunda final (si hace falta)</translation>
    </message>
    <message>
        <source>Third place</source>
        <translation>Tercer puesto</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Winner of %1</source>
        <translation>Ganador de %1</translation>
    </message>
    <message>
        <source>Loser of %1</source>
        <translation>Perdedor de %1</translation>
    </message>
    <message>
        <source>BYE</source>
        <translation>PASE LIBRE</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Cabeza de serie %1</translation>
    </message>
    <message>
        <source>Race to %1</source>
        <translation>Carrera a %1</translation>
    </message>
    <message>
        <source>Race %1–%2</source>
        <translation>Carrera %1–%2</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, cabeza de serie %2</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 beat %5 %6–%7.</source>
        <translation>%1, encuentro %2 (%3): %4 ganó a %5 %6–%7.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 has a bye.</source>
        <translation>%1, encuentro %2 (%3): %4 pasa con pase libre.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): not played.</source>
        <translation>%1, encuentro %2 (%3): no se juega.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, on %6.</source>
        <translation>%1, encuentro %2 (%3): %4 contra %5, en %6.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>mesa %1</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, ready to play.</source>
        <translation>%1, encuentro %2 (%3): %4 contra %5, listo para jugarse.</translation>
    </message>
    <message>
        <source>%1, match %2 (%3): %4 against %5, waiting for its players.</source>
        <translation>%1, encuentro %2 (%3): %4 contra %5, esperando a sus jugadores.</translation>
    </message>
    <message>
        <source>&amp;Players…</source>
        <translation>&amp;Jugadores…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Find a player and see their profile, ratings, matches, table time and charts</source>
        <translation>Buscar un jugador y ver su perfil, ratings, encuentros, tiempo de mesa y gráficos</translation>
    </message>
    <message>
        <source>&amp;Leaderboards…</source>
        <translation>&amp;Clasificaciones…</translation>
    </message>
    <message>
        <source>The venue&apos;s players ranked by rating, by game</source>
        <translation>Los jugadores de la sala ordenados por rating, por modalidad</translation>
    </message>
    <message>
        <source>&amp;Head to Head…</source>
        <translation>C&amp;ara a cara…</translation>
    </message>
    <message>
        <source>Two players against each other: their matches and the odds of a race</source>
        <translation>Dos jugadores frente a frente: sus encuentros y las probabilidades de una carrera</translation>
    </message>
    <message>
        <source>Merge &amp;Duplicates…</source>
        <translation>Fusionar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Players who look like one person, to merge; and those merged, to separate</source>
        <translation>Jugadores que parecen la misma persona, para fusionarlos; y los ya fusionados, para separarlos</translation>
    </message>
    <message>
        <source>Enter the racks two players won in a match played without the automatic referee</source>
        <translation>Introducir las partidas que ganaron dos jugadores en un encuentro jugado sin el árbitro automático</translation>
    </message>
    <message>
        <source>Open &amp;Profile</source>
        <translation>Abrir &amp;perfil</translation>
    </message>
    <message>
        <source>Correct Result</source>
        <translation>Corregir resultado</translation>
    </message>
    <message>
        <source>Enter Result</source>
        <translation>Introducir resultado</translation>
    </message>
    <message>
        <source>Find the player</source>
        <translation>Buscar el jugador</translation>
    </message>
    <message>
        <source>Why the result is corrected</source>
        <translation>Por qué se corrige el resultado</translation>
    </message>
    <message>
        <source>Player &amp;A:</source>
        <translation>Jugador &amp;A:</translation>
    </message>
    <message>
        <source>Player &amp;B:</source>
        <translation>Jugador &amp;B:</translation>
    </message>
    <message>
        <source>Racks won by A:</source>
        <translation>Partidas ganadas por A:</translation>
    </message>
    <message>
        <source>Racks won by B:</source>
        <translation>Partidas ganadas por B:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corregir</translation>
    </message>
    <message>
        <source>E&amp;nter</source>
        <translation>I&amp;ntroducir</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Find both players.</source>
        <translation>Busque a los dos jugadores.</translation>
    </message>
    <message>
        <source>A result is between two different players.</source>
        <translation>Un resultado es entre dos jugadores distintos.</translation>
    </message>
    <message>
        <source>Enter the racks each player won.</source>
        <translation>Introduzca las partidas que ganó cada jugador.</translation>
    </message>
    <message>
        <source>Say why the result is corrected.</source>
        <translation>Indique por qué se corrige el resultado.</translation>
    </message>
    <message>
        <source>&amp;First player:</source>
        <translation>&amp;Primer jugador:</translation>
    </message>
    <message>
        <source>&amp;Second player:</source>
        <translation>&amp;Segundo jugador:</translation>
    </message>
    <message>
        <source>R&amp;acks the first needs:</source>
        <translation>P&amp;artidas que necesita el primero:</translation>
    </message>
    <message>
        <source>Rac&amp;ks the second needs:</source>
        <translation>Partidas que necesita el se&amp;gundo:</translation>
    </message>
    <message>
        <source>Against each other</source>
        <translation>Frente a frente</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Encuentros:</translation>
    </message>
    <message>
        <source>Racks:</source>
        <translation>Partidas:</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>A rack:</source>
        <translation>Una partida:</translation>
    </message>
    <message>
        <source>The race:</source>
        <translation>La carrera:</translation>
    </message>
    <message>
        <source>Handicap:</source>
        <translation>Hándicap:</translation>
    </message>
    <message>
        <source>Pick two different players.</source>
        <translation>Elija dos jugadores distintos.</translation>
    </message>
    <message>
        <source>Pick two players to compare.</source>
        <translation>Elija dos jugadores para compararlos.</translation>
    </message>
    <message>
        <source>%1 and %2 have not played each other yet.</source>
        <translation>%1 y %2 aún no han jugado entre sí.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4.</source>
        <translation>
            <numerusform>%n encuentro: %1 ganó %2, %3 ganó %4.</numerusform>
            <numerusform>%n encuentros: %1 ganó %2, %3 ganó %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches: %1 won %2, %3 won %4, %5 drawn.</source>
        <translation>
            <numerusform>%n encuentro: %1 ganó %2, %3 ganó %4, %5 empatados.</numerusform>
            <numerusform>%n encuentros: %1 ganó %2, %3 ganó %4, %5 empatados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 won %2 racks, %3 won %4.</source>
        <translation>%1 ganó %2 partidas, %3 ganó %4.</translation>
    </message>
    <message>
        <source>%1 %2; %3 %4.</source>
        <translation>%1 %2; %3 %4.</translation>
    </message>
    <message>
        <source>%1 wins a rack %2 of the time, %3 %4.</source>
        <translation>%1 gana una partida el %2 de las veces, %3 el %4.</translation>
    </message>
    <message>
        <source>With %1 needing %2 and %3 needing %4, %1 wins the race %5 of the time.</source>
        <translation>Si %1 necesita %2 y %3 necesita %4, %1 gana la carrera el %5 de las veces.</translation>
    </message>
    <message>
        <source>The race nearest to even: %1 needs %2, %3 needs %4 (%1 wins %5 of the time).</source>
        <translation>La carrera más igualada: %1 necesita %2, %3 necesita %4 (%1 gana el %5 de las veces).</translation>
    </message>
    <message>
        <source>All games</source>
        <translation>Todas las modalidades</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>The leaderboard cannot be worked out: %1</source>
        <translation>No se puede calcular la clasificación: %1</translation>
    </message>
    <message>
        <source>Nobody has played a rack yet.</source>
        <translation>Aún nadie ha jugado una partida.</translation>
    </message>
    <message>
        <source>Nobody has played a rack of %1 yet.</source>
        <translation>Aún nadie ha jugado una partida de %1.</translation>
    </message>
    <message>
        <source>Ratings on the Fargo scale: 100 points more is 2:1 odds of winning a rack. A rating from fewer than %1 racks is provisional.</source>
        <translation>Ratings en la escala Fargo: 100 puntos más suponen probabilidades de 2:1 de ganar una partida. Un rating basado en menos de %1 partidas es provisional.</translation>
    </message>
    <message>
        <source>The best ratings over every game</source>
        <translation>Los mejores ratings en todas las modalidades</translation>
    </message>
    <message>
        <source>The best ratings at %1</source>
        <translation>Los mejores ratings en %1</translation>
    </message>
    <message>
        <source>The same name and contact</source>
        <translation>El mismo nombre y contacto</translation>
    </message>
    <message>
        <source>The same name</source>
        <translation>El mismo nombre</translation>
    </message>
    <message>
        <source>The same contact</source>
        <translation>El mismo contacto</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Keep the &amp;First</source>
        <translation>Conservar el &amp;primero</translation>
    </message>
    <message>
        <source>Keep the &amp;Second</source>
        <translation>Conservar el &amp;segundo</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <source>Se&amp;parate</source>
        <translation>Sep&amp;arar</translation>
    </message>
    <message>
        <source>The duplicate is a player of their own again, with their own matches and results</source>
        <translation>El duplicado vuelve a ser un jugador independiente, con sus propios encuentros y resultados</translation>
    </message>
    <message>
        <source>Merged so far</source>
        <translation>Fusionados hasta ahora</translation>
    </message>
    <message>
        <source>No two players look like one person.</source>
        <translation>No hay dos jugadores que parezcan la misma persona.</translation>
    </message>
    <message>
        <source>Keep one of the pair: the other is merged into them, and their matches and results count for the one kept.</source>
        <translation>Conserve uno de la pareja: el otro se fusiona con él, y sus encuentros y resultados cuentan para el que se conserva.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conservar a %1</translation>
    </message>
    <message>
        <source>Merge %1 Into…</source>
        <translation>Fusionar %1 con…</translation>
    </message>
    <message>
        <source>Choose the player to keep: %1 is hidden behind them, and every match and result of %1 counts for them. Edit → Undo separates them again.</source>
        <translation>Elija el jugador que se conserva: %1 queda oculto tras él, y todos los encuentros y resultados de %1 cuentan para él. Editar → Deshacer los vuelve a separar.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Month, %1</source>
        <translation>Mes, %1</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>Mes, de %1 a %2</translation>
    </message>
    <message>
        <source>Month (breaks), %1</source>
        <translation>Mes (saques), %1</translation>
    </message>
    <message>
        <source>Month (breaks), %1 to %2</source>
        <translation>Mes (saques), de %1 a %2</translation>
    </message>
    <message>
        <source>@value%</source>
        <translation>@value%</translation>
    </message>
    <message>
        <source>Rating over time: no racks played yet</source>
        <translation>Rating a lo largo del tiempo: aún no se ha jugado ninguna partida</translation>
    </message>
    <message>
        <source>Rating at the end of each month</source>
        <translation>Rating al final de cada mes</translation>
    </message>
    <message>
        <source>Matches won by game: no matches played yet</source>
        <translation>Encuentros ganados por modalidad: aún no se ha jugado ningún encuentro</translation>
    </message>
    <message>
        <source>Matches won by game</source>
        <translation>Encuentros ganados por modalidad</translation>
    </message>
    <message>
        <source>Game (matches played)</source>
        <translation>Modalidad (encuentros jugados)</translation>
    </message>
    <message>
        <source>Matches won (%)</source>
        <translation>Encuentros ganados (%)</translation>
    </message>
    <message>
        <source>Balls per inning: no match by the automatic referee yet</source>
        <translation>Bolas por entrada: aún no hay ningún encuentro con el árbitro automático</translation>
    </message>
    <message>
        <source>Balls pocketed per inning, by month</source>
        <translation>Bolas entroneradas por entrada, por mes</translation>
    </message>
    <message>
        <source>Balls per inning</source>
        <translation>Bolas por entrada</translation>
    </message>
    <message>
        <source>Break success: no break by the automatic referee yet</source>
        <translation>Saques logrados: aún no hay ningún saque con el árbitro automático</translation>
    </message>
    <message>
        <source>Breaks that pocketed a ball without a foul, by month</source>
        <translation>Saques que entroneraron una bola sin falta, por mes</translation>
    </message>
    <message>
        <source>Breaks made (%)</source>
        <translation>Saques logrados (%)</translation>
    </message>
    <message>
        <source>Rating (pale: provisional)</source>
        <translation>Rating (color pálido: provisional)</translation>
    </message>
    <message>
        <source>Ratings at the end of each month</source>
        <translation>Ratings al final de cada mes</translation>
    </message>
    <message>
        <source>Find a player by name, nickname or contact</source>
        <translation>Buscar un jugador por nombre, apodo o contacto</translation>
    </message>
    <message numerus="yes">
        <source>%n players found</source>
        <translation>
            <numerusform>%n jugador encontrado</numerusform>
            <numerusform>%n jugadores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Players of %1</source>
        <translation>Jugadores de %1</translation>
    </message>
    <message>
        <source>&amp;Leaderboards</source>
        <translation>&amp;Clasificaciones</translation>
    </message>
    <message>
        <source>&amp;Head to Head</source>
        <translation>C&amp;ara a cara</translation>
    </message>
    <message>
        <source>The ratings could not be read.</source>
        <translation>No se pudieron leer los ratings.</translation>
    </message>
    <message>
        <source>The ratings could not be worked out.</source>
        <translation>No se pudieron calcular los ratings.</translation>
    </message>
    <message>
        <source>%1 players, %2 of them rated from racks played; %3 racks counted.</source>
        <translation>%1 jugadores, %2 de ellos con rating según partidas jugadas; %3 partidas contadas.</translation>
    </message>
    <message>
        <source>The referee&apos;s matches also name players the venue does not know (%1): their racks are not counted until they are added or merged.</source>
        <translation>Los encuentros del árbitro también nombran a jugadores que la sala no conoce (%1): sus partidas no se cuentan hasta que se añadan o se fusionen.</translation>
    </message>
    <message>
        <source>The matches cannot be read: %1</source>
        <translation>No se pueden leer los encuentros: %1</translation>
    </message>
    <message>
        <source>The profile could not be changed.</source>
        <translation>No se pudo cambiar el perfil.</translation>
    </message>
    <message>
        <source>The players could not be merged.</source>
        <translation>No se pudieron fusionar los jugadores.</translation>
    </message>
    <message>
        <source>The players could not be separated.</source>
        <translation>No se pudieron separar los jugadores.</translation>
    </message>
    <message>
        <source>Enter the result %1 %2–%3 %4</source>
        <translation>Introducir el resultado %1 %2–%3 %4</translation>
    </message>
    <message>
        <source>The result was not changed.</source>
        <translation>No se cambió el resultado.</translation>
    </message>
    <message>
        <source>Void Result</source>
        <translation>Anular resultado</translation>
    </message>
    <message>
        <source>Why does the result %1 %2–%3 %4 no longer count?</source>
        <translation>¿Por qué deja de contar el resultado %1 %2–%3 %4?</translation>
    </message>
    <message>
        <source>Void the result %1 %2–%3 %4</source>
        <translation>Anular el resultado %1 %2–%3 %4</translation>
    </message>
    <message>
        <source>The result was not voided.</source>
        <translation>No se anuló el resultado.</translation>
    </message>
    <message>
        <source>Correct the result %1 %2–%3 %4 to %5 %6–%7 %8</source>
        <translation>Corregir el resultado %1 %2–%3 %4 a %5 %6–%7 %8</translation>
    </message>
    <message>
        <source>The result was not corrected.</source>
        <translation>No se corrigió el resultado.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Perfil de %1</translation>
    </message>
    <message>
        <source>A phone number or an e-mail address</source>
        <translation>Un número de teléfono o una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Where the rating starts before any rack: it counts as 20 racks against an equal player, so it fades as racks are played.</source>
        <translation>El punto de partida del rating antes de jugar ninguna partida: cuenta como 20 partidas contra un jugador igual, así que pierde peso a medida que se juegan partidas.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <source>&amp;Starter rating:</source>
        <translation>&amp;Rating inicial:</translation>
    </message>
    <message>
        <source>Challenge, entered by hand</source>
        <translation>Desafío, introducido a mano</translation>
    </message>
    <message>
        <source>Tournament, entered by hand</source>
        <translation>Torneo, introducido a mano</translation>
    </message>
    <message>
        <source>A table since removed</source>
        <translation>Una mesa ya eliminada</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introducido a mano</translation>
    </message>
    <message>
        <source>No racks played yet: the starter rating until then.</source>
        <translation>Aún no ha jugado ninguna partida: hasta entonces, el rating inicial.</translation>
    </message>
    <message numerus="yes">
        <source>%n racks, provisional; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n partida, provisional; puesto %1 de %2 entre quienes han jugado partidas.</numerusform>
            <numerusform>%n partidas, provisional; puesto %1 de %2 entre quienes han jugado partidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n racks, established; place %1 of %2 with racks played.</source>
        <translation>
            <numerusform>%n partida, consolidado; puesto %1 de %2 entre quienes han jugado partidas.</numerusform>
            <numerusform>%n partidas, consolidado; puesto %1 de %2 entre quienes han jugado partidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>E&amp;ditar perfil…</translation>
    </message>
    <message>
        <source>Change the name, nickname, contact, membership or starter rating (F2)</source>
        <translation>Cambiar el nombre, el apodo, el contacto, la condición de socio o el rating inicial (F2)</translation>
    </message>
    <message>
        <source>Merge &amp;Into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>This player is a duplicate of another: keep the other, and count this one&apos;s matches for them</source>
        <translation>Este jugador es un duplicado de otro: conservar al otro y contar para él los encuentros de este</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Member until:</source>
        <translation>Socio hasta:</translation>
    </message>
    <message>
        <source>Starter rating:</source>
        <translation>Rating inicial:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>Rival</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Void Result…</source>
        <translation>&amp;Anular resultado…</translation>
    </message>
    <message>
        <source>The result entered by hand no longer counts (a referee&apos;s or a manager&apos;s)</source>
        <translation>El resultado introducido a mano deja de contar (solo árbitros o gerentes)</translation>
    </message>
    <message>
        <source>&amp;Correct Result…</source>
        <translation>&amp;Corregir resultado…</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <source>Table &amp;Time</source>
        <translation>&amp;Tiempo de mesa</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>No player chosen</source>
        <translation>Ningún jugador elegido</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>No es socio</translation>
    </message>
    <message numerus="yes">
        <source>In %n matches by the automatic referee: %1 balls per inning, %2 of %3 breaks made.</source>
        <translation>
            <numerusform>En %n encuentro con el árbitro automático: %1 bolas por entrada, %2 de %3 saques logrados.</numerusform>
            <numerusform>En %n encuentros con el árbitro automático: %1 bolas por entrada, %2 de %3 saques logrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No match by the automatic referee yet: balls per inning and breaks come from those.</source>
        <translation>Aún no hay ningún encuentro con el árbitro automático: las bolas por entrada y los saques salen de ellos.</translation>
    </message>
    <message>
        <source>No matches yet.</source>
        <translation>Aún no hay encuentros.</translation>
    </message>
    <message numerus="yes">
        <source>%n matches. A result entered by hand is voided (Delete) or corrected (Enter) by a referee or a manager.</source>
        <translation>
            <numerusform>%n encuentro. Un árbitro o un gerente anula (Supr) o corrige (Intro) un resultado introducido a mano.</numerusform>
            <numerusform>%n encuentros. Un árbitro o un gerente anula (Supr) o corrige (Intro) un resultado introducido a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still playing</source>
        <translation>Sigue jugando</translation>
    </message>
    <message>
        <source>No table time yet.</source>
        <translation>Aún no hay tiempo de mesa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 played over %n visits.</source>
        <translation>
            <numerusform>%1 de juego en %n visita.</numerusform>
            <numerusform>%1 de juego en %n visitas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks, provisional)</source>
        <translation>
            <numerusform>%1 (%n partida, provisional)</numerusform>
            <numerusform>%1 (%n partidas, provisional)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n racks)</source>
        <translation>
            <numerusform>%1 (%n partida)</numerusform>
            <numerusform>%1 (%n partidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Consolidado</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Empatado</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Undone at the desk.</source>
        <translation>Deshecho en recepción.</translation>
    </message>
    <message>
        <source>Undone at the desk: %1</source>
        <translation>Deshecho en recepción: %1</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>por decidir</translation>
    </message>
    <message>
        <source>%1, match %2 of %3: %4 against %5. %6.</source>
        <translation>%1, encuentro %2 de %3: %4 contra %5. %6.</translation>
    </message>
    <message>
        <source>Tournament: %1, match %2: %3 against %4. %5.</source>
        <translation>Torneo: %1, encuentro %2: %3 contra %4. %5.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <source>&amp;Alerts now:</source>
        <translation>&amp;Alertas actuales:</translation>
    </message>
    <message>
        <source>Alerts now</source>
        <translation>Alertas actuales</translation>
    </message>
    <message>
        <source>Camera frames a second</source>
        <translation>Fotogramas de la cámara por segundo</translation>
    </message>
    <message>
        <source>frames a second</source>
        <translation>fotogramas por segundo</translation>
    </message>
    <message>
        <source>Frames processed a second</source>
        <translation>Fotogramas procesados por segundo</translation>
    </message>
    <message>
        <source>Dropped frames a second</source>
        <translation>Fotogramas perdidos por segundo</translation>
    </message>
    <message>
        <source>Time to process a frame</source>
        <translation>Tiempo para procesar un fotograma</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Conexiones en directo</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>conexiones</translation>
    </message>
    <message>
        <source>Live messages a second</source>
        <translation>Mensajes en directo por segundo</translation>
    </message>
    <message>
        <source>messages a second</source>
        <translation>mensajes por segundo</translation>
    </message>
    <message>
        <source>CPU of this process</source>
        <translation>CPU de este proceso</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% de un núcleo</translation>
    </message>
    <message>
        <source>Memory of this process</source>
        <translation>Memoria de este proceso</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Database write latency (longest each second)</source>
        <translation>Latencia de escritura de la base de datos (la más larga de cada segundo)</translation>
    </message>
    <message>
        <source>Free space on the data&apos;s disk</source>
        <translation>Espacio libre en el disco de los datos</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Last &amp;hour</source>
        <translation>Última &amp;hora</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Informe diario</translation>
    </message>
    <message>
        <source>&amp;Daily report</source>
        <translation>&amp;Informe diario</translation>
    </message>
    <message>
        <source>No alerts: every figure is within its thresholds.</source>
        <translation>Sin alertas: todas las cifras están dentro de sus umbrales.</translation>
    </message>
    <message>
        <source>Critical since %1: %2</source>
        <translation>Crítico desde %1: %2</translation>
    </message>
    <message>
        <source>Warning since %1: %2</source>
        <translation>Aviso desde %1: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Crítico: %1</translation>
    </message>
    <message>
        <source>Warning: %1 ms</source>
        <translation>Aviso: %1 ms</translation>
    </message>
    <message>
        <source>Critical: %1 ms</source>
        <translation>Crítico: %1 ms</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Messages a second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Warning: %1 %</source>
        <translation>Aviso: %1 %</translation>
    </message>
    <message>
        <source>Critical: %1 %</source>
        <translation>Crítico: %1 %</translation>
    </message>
    <message>
        <source>Resident memory</source>
        <translation>Memoria residente</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Longest write</source>
        <translation>Escritura más larga</translation>
    </message>
    <message>
        <source>Warning: %1 GB</source>
        <translation>Aviso: %1 GB</translation>
    </message>
    <message>
        <source>Critical: %1 GB</source>
        <translation>Crítico: %1 GB</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <source>%1 (today, so far)</source>
        <translation>%1 (hoy, hasta ahora)</translation>
    </message>
    <message>
        <source>No report yet: the first is made with the first sample.</source>
        <translation>Aún no hay informe: el primero se crea con la primera muestra.</translation>
    </message>
    <message>
        <source>&amp;Health…</source>
        <translation>Estado del &amp;sistema…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show the last hour of the cameras, the tracking, the live games, this PC&apos;s CPU and memory and the database, the alerts and the daily reports</source>
        <translation>Mostrar la última hora de las cámaras, el seguimiento, los encuentros en directo, la CPU y la memoria de este PC y la base de datos, las alertas y los informes diarios</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>Cámara detenida</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>View → Health… (Ctrl+H) shows the last hour.</source>
        <translation>Ver → Estado del sistema… (Ctrl+H) muestra la última hora.</translation>
    </message>
    <message>
        <source>Live at %1 · served by another DojoPool on this PC</source>
        <translation>En directo en %1 · servido por otro DojoPool de este PC</translation>
    </message>
</context>
<context>
    <name>dojo::venue</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1: stored %2, now %3</source>
        <translation>%1: guardado %2, ahora %3</translation>
    </message>
    <message>
        <source>step %1 is missing; the next stored step is %2</source>
        <translation>falta el paso %1; el siguiente paso guardado es %2</translation>
    </message>
    <message>
        <source>step %1 (%2) was played in rack %3 but the replay is in rack %4</source>
        <translation>el paso %1 (%2) se jugó en la partida %3, pero al reproducirlo es la partida %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) cannot be read: %4</source>
        <translation>no se puede leer el paso %1 (%2 en la partida %3): %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) is refused by the rules now: %4</source>
        <translation>las reglas ahora rechazan el paso %1 (%2 en la partida %3): %4</translation>
    </message>
    <message>
        <source>step %1 (%2 in rack %3) is ruled differently now: %4</source>
        <translation>el paso %1 (%2 en la partida %3) ahora se arbitra de otra forma: %4</translation>
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
    <message>
        <source>a match needs two players</source>
        <translation>un encuentro necesita dos jugadores</translation>
    </message>
    <message>
        <source>the two players of a match need different names</source>
        <translation>los dos jugadores de un encuentro necesitan nombres distintos</translation>
    </message>
    <message>
        <source>cannot start the match: %1</source>
        <translation>no se puede iniciar el encuentro: %1</translation>
    </message>
    <message>
        <source>the race and the first breaker are out of range</source>
        <translation>la meta y quien saca primero están fuera de rango</translation>
    </message>
    <message>
        <source>cannot resume match %1: %2</source>
        <translation>no se puede reanudar el encuentro %1: %2</translation>
    </message>
    <message>
        <source>its setup cannot be read: %1</source>
        <translation>no se puede leer su configuración: %1</translation>
    </message>
    <message>
        <source>it is stored as %1 but its setup is %2</source>
        <translation>está guardado como %1 pero su configuración dice %2</translation>
    </message>
    <message>
        <source>a step needs the name of who reports it</source>
        <translation>un paso necesita el nombre de quien lo comunica</translation>
    </message>
    <message>
        <source>an override needs a reason</source>
        <translation>anular una decisión necesita un motivo</translation>
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
    <message>
        <source>table %1 is not on the venue floor shown</source>
        <translation>la mesa %1 no está en la sala mostrada</translation>
    </message>
    <message>
        <source>Foul by %1: a third foul in a row.</source>
        <translation>Falta de %1: tercera falta seguida.</translation>
    </message>
    <message>
        <source>Foul by %1: the 8 ball was lost.</source>
        <translation>Falta de %1: ha perdido con la bola 8.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball was pocketed.</source>
        <translation>Falta de %1: la bola blanca se entroneró.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball left the table.</source>
        <translation>Falta de %1: la bola blanca salió de la mesa.</translation>
    </message>
    <message>
        <source>Foul by %1: the cue ball touched no object ball.</source>
        <translation>Falta de %1: la bola blanca no tocó ninguna bola objetivo.</translation>
    </message>
    <message>
        <source>Foul by %1: the wrong ball was hit first.</source>
        <translation>Falta de %1: se golpeó primero una bola equivocada.</translation>
    </message>
    <message>
        <source>Foul by %1: no ball reached a cushion after contact.</source>
        <translation>Falta de %1: ninguna bola llegó a una banda tras el contacto.</translation>
    </message>
    <message>
        <source>Foul by %1: an object ball left the table.</source>
        <translation>Falta de %1: una bola objetivo salió de la mesa.</translation>
    </message>
    <message>
        <source>Foul by %1: the break was not legal.</source>
        <translation>Falta de %1: el saque no fue legal.</translation>
    </message>
    <message>
        <source>Foul by %1: the referee called a foul.</source>
        <translation>Falta de %1: el árbitro señaló falta.</translation>
    </message>
    <message>
        <source>%1 has ball in hand anywhere.</source>
        <translation>%1 tiene bola en mano en toda la mesa.</translation>
    </message>
    <message>
        <source>%1 has ball in hand behind the head string.</source>
        <translation>%1 tiene bola en mano detrás de la línea de cabecera.</translation>
    </message>
    <message>
        <source>%1 is at the table.</source>
        <translation>Juega %1.</translation>
    </message>
    <message>
        <source>%1 won the match %2-%3.</source>
        <translation>%1 ganó el encuentro %2-%3.</translation>
    </message>
    <message>
        <source>%1 won the rack; the score is %2-%3. %4 breaks next.</source>
        <translation>%1 ganó la partida; el marcador es %2-%3. A continuación saca %4.</translation>
    </message>
    <message>
        <source>The balls are racked again; %1 breaks.</source>
        <translation>Se vuelven a colocar las bolas; saca %1.</translation>
    </message>
    <message>
        <source>%1 continues at the table.</source>
        <translation>%1 sigue jugando.</translation>
    </message>
    <message>
        <source>Point the camera of %1 at “%2”</source>
        <translation>Apuntar la cámara de %1 a «%2»</translation>
    </message>
    <message>
        <source>a confirmation needs the name of who gives it</source>
        <translation>una confirmación necesita el nombre de quien la da</translation>
    </message>
    <message>
        <source>step %1 of this match is not stored</source>
        <translation>el paso %1 de este encuentro no está guardado</translation>
    </message>
    <message>
        <source>The shot was played before this match at the table: it was kept but not ruled.</source>
        <translation>El tiro se jugó antes de este encuentro en la mesa: se guardó, pero no se arbitró.</translation>
    </message>
    <message>
        <source>No match is being played at this table: the shot was kept but not ruled.</source>
        <translation>No se está jugando ningún encuentro en esta mesa: el tiro se guardó, pero no se arbitró.</translation>
    </message>
    <message>
        <source>The cue ball was placed by hand (ball in hand); no shot was played.</source>
        <translation>La bola blanca se colocó a mano (bola en mano); no se jugó ningún tiro.</translation>
    </message>
    <message>
        <source>A step entered before the shot was not taken: %1.</source>
        <translation>No se aceptó un paso introducido antes del tiro: %1.</translation>
    </message>
    <message>
        <source>The rules offered a choice before this shot that no one entered: a referee must settle it.</source>
        <translation>Las reglas ofrecían una elección antes de este tiro que nadie introdujo: un árbitro debe resolverla.</translation>
    </message>
    <message>
        <source>The shot was not ruled: %1.</source>
        <translation>El tiro no se arbitró: %1.</translation>
    </message>
    <message>
        <source>A review needs the referee&apos;s name.</source>
        <translation>Una revisión necesita el nombre del árbitro.</translation>
    </message>
    <message>
        <source>Shot %1 is no longer held.</source>
        <translation>El tiro %1 ya no está retenido.</translation>
    </message>
    <message>
        <source>Confirmed after review.</source>
        <translation>Confirmado tras la revisión.</translation>
    </message>
    <message>
        <source>Shot %1 has no stored ruling to confirm.</source>
        <translation>El tiro %1 no tiene ninguna decisión guardada que confirmar.</translation>
    </message>
    <message>
        <source>Shot %1 was not ruled; there is nothing to confirm.</source>
        <translation>El tiro %1 no se arbitró; no hay nada que confirmar.</translation>
    </message>
    <message>
        <source>Shot %1 waits behind shot %2: review that one first.</source>
        <translation>El tiro %1 espera detrás del tiro %2: revise primero ese.</translation>
    </message>
    <message>
        <source>An edited shot needs the referee&apos;s reason.</source>
        <translation>Un tiro editado necesita el motivo del árbitro.</translation>
    </message>
    <message>
        <source>Only the last shot ruled can be ruled again; overrule the ruling instead.</source>
        <translation>Solo el último tiro arbitrado se puede volver a arbitrar; en su lugar, anule la decisión.</translation>
    </message>
    <message>
        <source>The rules refuse the edited shot: %1.</source>
        <translation>Las reglas rechazan el tiro editado: %1.</translation>
    </message>
    <message>
        <source>Overruling needs the referee&apos;s reason.</source>
        <translation>Anular una decisión necesita el motivo del árbitro.</translation>
    </message>
    <message>
        <source>No match is being played at this table.</source>
        <translation>No se está jugando ningún encuentro en esta mesa.</translation>
    </message>
    <message>
        <source>The referee overruled the ruling: %1</source>
        <translation>El árbitro anuló la decisión: %1</translation>
    </message>
    <message>
        <source>the table&apos;s corners &quot;%1&quot; are not four points x,y separated by &apos;;&apos;</source>
        <translation>las esquinas de la mesa «%1» no son cuatro puntos x,y separados por &apos;;&apos;</translation>
    </message>
    <message>
        <source>the table&apos;s corner &quot;%1&quot; is not a point x,y</source>
        <translation>la esquina de la mesa «%1» no es un punto x,y</translation>
    </message>
    <message>
        <source>the table&apos;s corner &quot;%1&quot; lies outside the picture (0 to 1 each way)</source>
        <translation>la esquina de la mesa «%1» queda fuera de la imagen (de 0 a 1 en cada dirección)</translation>
    </message>
    <message>
        <source>Place the corners of %1 by hand</source>
        <translation>Colocar a mano las esquinas de %1</translation>
    </message>
    <message>
        <source>Find the corners of %1 automatically</source>
        <translation>Encontrar automáticamente las esquinas de %1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; cannot be read: %2</source>
        <translation>no se puede leer la mesa «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) wait for a referee. Shot %1: %2</source>
        <translation>
            <numerusform>%n tiro espera a un árbitro. Tiro %1: %2</numerusform>
            <numerusform>%n tiros esperan a un árbitro. Tiro %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The shot could not be stored (%1). Confirm it once the database is back.</source>
        <translation>No se pudo guardar el tiro (%1). Confírmelo cuando la base de datos vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>the head-left pocket</source>
        <translation>la tronera de la esquina izquierda de cabecera</translation>
    </message>
    <message>
        <source>the head-right pocket</source>
        <translation>la tronera de la esquina derecha de cabecera</translation>
    </message>
    <message>
        <source>the left side pocket</source>
        <translation>la tronera central izquierda</translation>
    </message>
    <message>
        <source>the right side pocket</source>
        <translation>la tronera central derecha</translation>
    </message>
    <message>
        <source>the foot-left pocket</source>
        <translation>la tronera de la esquina izquierda del pie</translation>
    </message>
    <message>
        <source>the foot-right pocket</source>
        <translation>la tronera de la esquina derecha del pie</translation>
    </message>
    <message>
        <source>%1 chooses to shoot.</source>
        <translation>%1 elige tirar.</translation>
    </message>
    <message>
        <source>%1 hands the table back.</source>
        <translation>%1 devuelve la mesa.</translation>
    </message>
    <message>
        <source>%1 accepts the table.</source>
        <translation>%1 acepta la mesa.</translation>
    </message>
    <message>
        <source>%1 chooses to re-rack and break.</source>
        <translation>%1 elige volver a colocar las bolas y sacar.</translation>
    </message>
    <message>
        <source>%1 has the balls re-racked for the opponent to break.</source>
        <translation>%1 hace volver a colocar las bolas para que saque el rival.</translation>
    </message>
    <message>
        <source>%1 has the 8 spotted.</source>
        <translation>%1 hace reponer la 8 en su punto.</translation>
    </message>
    <message>
        <source>%1 chooses a re-rack.</source>
        <translation>%1 elige volver a colocar las bolas.</translation>
    </message>
    <message>
        <source>%1 takes ball in hand behind the head string.</source>
        <translation>%1 toma bola en mano detrás de la línea de cabecera.</translation>
    </message>
    <message>
        <source>The 8 cannot be called while the table is open.</source>
        <translation>No se puede cantar la 8 mientras la mesa esté abierta.</translation>
    </message>
    <message>
        <source>The 8 can be called only once the group is cleared.</source>
        <translation>La 8 solo se puede cantar cuando el grupo propio esté terminado.</translation>
    </message>
    <message>
        <source>The %1 is a stripe: call one of the solids.</source>
        <translation>La %1 es rayada: cante una de las lisas.</translation>
    </message>
    <message>
        <source>The %1 is a solid: call one of the stripes.</source>
        <translation>La %1 es lisa: cante una de las rayadas.</translation>
    </message>
    <message>
        <source>Call an object ball, from 1 to 15.</source>
        <translation>Cante una bola objetivo, de la 1 a la 15.</translation>
    </message>
    <message>
        <source>The %1 is not on the table.</source>
        <translation>La %1 no está en la mesa.</translation>
    </message>
    <message>
        <source>Shots are not called in 9-ball.</source>
        <translation>En la bola 9 no se cantan los tiros.</translation>
    </message>
    <message>
        <source>The match is over.</source>
        <translation>El encuentro ha terminado.</translation>
    </message>
    <message>
        <source>It is %1&apos;s turn.</source>
        <translation>Le toca a %1.</translation>
    </message>
    <message>
        <source>No choice is offered now.</source>
        <translation>Ahora no se ofrece ninguna elección.</translation>
    </message>
    <message>
        <source>That choice is not offered now.</source>
        <translation>Esa elección no se ofrece ahora.</translation>
    </message>
    <message>
        <source>Choose first: the last ruling offered a choice.</source>
        <translation>Elija primero: la última decisión ofreció una elección.</translation>
    </message>
    <message>
        <source>The break comes first: it is not called.</source>
        <translation>Primero va el saque: no se canta.</translation>
    </message>
    <message>
        <source>A push-out is allowed only on the shot after the break.</source>
        <translation>Un push-out solo se permite en el tiro que sigue al saque.</translation>
    </message>
    <message>
        <source>%1 calls the %2 in %3.</source>
        <translation>%1 canta la %2 en %3.</translation>
    </message>
    <message>
        <source>%1 plays a safety.</source>
        <translation>%1 hace una jugada de seguridad.</translation>
    </message>
    <message>
        <source>%1 announces a push-out.</source>
        <translation>%1 anuncia un push-out.</translation>
    </message>
    <message>
        <source>The venue&apos;s join secret in the database is damaged.</source>
        <translation>El secreto de acceso de la sala en la base de datos está dañado.</translation>
    </message>
    <message>
        <source>A shot waits for a referee: ask again once it is settled.</source>
        <translation>Un tiro espera a un árbitro: vuelva a pedirlo cuando esté resuelto.</translation>
    </message>
    <message>
        <source>Time is billed in blocks of 15 or 30 minutes.</source>
        <translation>El tiempo se cobra en bloques de 15 o 30 minutos.</translation>
    </message>
    <message>
        <source>A stretch of play ends before it starts.</source>
        <translation>Un tramo de juego termina antes de empezar.</translation>
    </message>
    <message>
        <source>There is no rate for “%1” tables.</source>
        <translation>No hay tarifa para las mesas «%1».</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>booking %1 is in a state this version does not know: %2</source>
        <translation>la reserva %1 está en un estado que esta versión no conoce: %2</translation>
    </message>
    <message>
        <source>the venue&apos;s time zone &quot;%1&quot; is not one this computer knows</source>
        <translation>la zona horaria «%1» de la sala no la conoce este ordenador</translation>
    </message>
    <message>
        <source>%1 is already booked from %2 to %3 for %4 (booking %5).</source>
        <translation>%1 ya está reservada de %2 a %3 para %4 (reserva %5).</translation>
    </message>
    <message>
        <source>Book %1 for %2</source>
        <translation>Reservar %1 para %2</translation>
    </message>
    <message>
        <source>Move the booking of %1</source>
        <translation>Mover la reserva de %1</translation>
    </message>
    <message>
        <source>Cancel the booking of %1</source>
        <translation>Cancelar la reserva de %1</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits and a password at least 8 characters.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos y una contraseña al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>No se puede escribir el archivo %1: %2</translation>
    </message>
    <message>
        <source>The happy hour “%1” is not “DAYS HH:MM HH:MM CENTS”.</source>
        <translation>La happy hour «%1» no tiene la forma «DÍAS HH:MM HH:MM CÉNTIMOS».</translation>
    </message>
    <message>
        <source>The happy hour “%1” names a day that is not 1 (Monday) to 7 (Sunday).</source>
        <translation>La happy hour «%1» indica un día que no está entre 1 (lunes) y 7 (domingo).</translation>
    </message>
    <message>
        <source>The happy hour “%1” needs a start and an end time, HH:MM, that differ.</source>
        <translation>La happy hour «%1» necesita una hora de inicio y una de fin, HH:MM, distintas.</translation>
    </message>
    <message>
        <source>The happy hour “%1” needs its price per hour in whole cents.</source>
        <translation>La happy hour «%1» necesita su precio por hora en céntimos enteros.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Receipt (not issued yet)</source>
        <translation>Recibo (aún no emitido)</translation>
    </message>
    <message>
        <source>Guest: %1 (member)</source>
        <translation>Cliente: %1 (socio)</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Table time, %1 min played, %2 min billed</source>
        <translation>Tiempo de mesa, %1 min jugados, %2 min cobrados</translation>
    </message>
    <message>
        <source>Minimum charge</source>
        <translation>Cargo mínimo</translation>
    </message>
    <message>
        <source>No venue is open.</source>
        <translation>No hay ninguna sala abierta.</translation>
    </message>
    <message>
        <source>There is no such table at this venue.</source>
        <translation>No existe esa mesa en esta sala.</translation>
    </message>
    <message>
        <source>There is no rate for “%1” tables yet; a manager sets it under Venue → Rates….</source>
        <translation>Aún no hay tarifa para las mesas «%1»; un gerente la fija en Sala → Tarifas….</translation>
    </message>
    <message>
        <source>No one is playing at that table.</source>
        <translation>Nadie está jugando en esa mesa.</translation>
    </message>
    <message>
        <source>That party is no longer waiting.</source>
        <translation>Ese grupo ya no está esperando.</translation>
    </message>
    <message>
        <source>No venue is open, so nobody can sign in.</source>
        <translation>No hay ninguna sala abierta, así que nadie puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Type your name, or pick it from the list.</source>
        <translation>Escriba su nombre, o elíjalo de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1: try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos para %1: inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos para %1: inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody at this venue&apos;s staff is called %1.</source>
        <translation>Nadie del personal de esta sala se llama %1.</translation>
    </message>
    <message>
        <source>%1&apos;s role &quot;%2&quot; is not one this version knows.</source>
        <translation>El rol «%2» de %1 no lo conoce esta versión.</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated: a manager can activate it again.</source>
        <translation>La cuenta de %1 está desactivada: un gerente puede volver a activarla.</translation>
    </message>
    <message>
        <source>That was the fifth wrong PIN in a row for %1: signing in as %1 is refused for a minute.</source>
        <translation>Ese fue el quinto PIN incorrecto seguido para %1: se rechaza iniciar sesión como %1 durante un minuto.</translation>
    </message>
    <message>
        <source>The PIN is wrong for %1.</source>
        <translation>El PIN de %1 es incorrecto.</translation>
    </message>
    <message>
        <source>%1 The refusal could not be written to the audit log: %2</source>
        <translation>%1 No se pudo escribir el rechazo en el registro: %2</translation>
    </message>
    <message>
        <source>This venue has staff already: a manager adds new members.</source>
        <translation>Esta sala ya tiene personal: un gerente añade a los nuevos miembros.</translation>
    </message>
    <message>
        <source>The new manager could not be read back.</source>
        <translation>No se pudo volver a leer el nuevo gerente.</translation>
    </message>
    <message>
        <source>Nobody is signed in at the desk: sign in first.</source>
        <translation>Nadie ha iniciado sesión en recepción: inicie sesión primero.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Árbitro</translation>
    </message>
    <message>
        <source>Only a manager may change the rates.</source>
        <translation>Solo un gerente puede cambiar las tarifas.</translation>
    </message>
    <message>
        <source>Only a manager may void a receipt.</source>
        <translation>Solo un gerente puede anular un recibo.</translation>
    </message>
    <message>
        <source>Only a manager may remove a table.</source>
        <translation>Solo un gerente puede eliminar una mesa.</translation>
    </message>
    <message>
        <source>Only a manager may remove a player.</source>
        <translation>Solo un gerente puede eliminar un jugador.</translation>
    </message>
    <message>
        <source>Only a manager may add, change or remove staff.</source>
        <translation>Solo un gerente puede añadir, cambiar o eliminar personal.</translation>
    </message>
    <message>
        <source>Only a manager may change the venue and its tables.</source>
        <translation>Solo un gerente puede cambiar la sala y sus mesas.</translation>
    </message>
    <message>
        <source>Only a referee or a manager may overrule a ruling.</source>
        <translation>Solo un árbitro o un gerente puede anular una decisión.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Mark %1 out of order</source>
        <translation>Marcar %1 fuera de servicio</translation>
    </message>
    <message>
        <source>Put %1 back in service</source>
        <translation>Volver a poner %1 en servicio</translation>
    </message>
    <message>
        <source>The report&apos;s first day must not come after its last day.</source>
        <translation>El primer día del informe no debe ser posterior a su último día.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>The venue needs a name.</source>
        <translation>La sala necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or GBP.</source>
        <translation>«%1» no es un código de moneda; use uno como EUR, USD o GBP.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows; use one like Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria que conozca este ordenador; use una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Two tables are called “%1”; each needs a name of its own.</source>
        <translation>Dos mesas se llaman «%1»; cada una necesita un nombre propio.</translation>
    </message>
    <message>
        <source>Every table needs a name.</source>
        <translation>Cada mesa necesita un nombre.</translation>
    </message>
    <message>
        <source>Add the player %1</source>
        <translation>Añadir el jugador %1</translation>
    </message>
    <message>
        <source>Rename the player %1 to %2</source>
        <translation>Renombrar el jugador %1 como %2</translation>
    </message>
    <message>
        <source>Change the player %1</source>
        <translation>Cambiar el jugador %1</translation>
    </message>
    <message>
        <source>Remove the player %1</source>
        <translation>Eliminar el jugador %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Arrange the tables in a grid</source>
        <translation>Ordenar las mesas en cuadrícula</translation>
    </message>
    <message>
        <source>Move the tables</source>
        <translation>Mover las mesas</translation>
    </message>
    <message>
        <source>Put %1 back on the grid</source>
        <translation>Volver a poner %1 en la cuadrícula</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Girar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>The venue whose settings were changed is not the one shown.</source>
        <translation>La sala cuya configuración se cambió no es la que se muestra.</translation>
    </message>
    <message>
        <source>The grace and lock minutes must be whole minutes, the lock at least one.</source>
        <translation>Los minutos de cortesía y de bloqueo deben ser minutos enteros, el bloqueo al menos uno.</translation>
    </message>
    <message>
        <source>There is no venue to add the table to.</source>
        <translation>No hay ninguna sala a la que añadir la mesa.</translation>
    </message>
    <message>
        <source>There is no venue to add the player to.</source>
        <translation>No hay ninguna sala a la que añadir el jugador.</translation>
    </message>
    <message>
        <source>player %1 is not a player of the venue shown</source>
        <translation>el jugador %1 no es jugador de la sala mostrada</translation>
    </message>
    <message>
        <source>Change the settings of %1</source>
        <translation>Cambiar la configuración de %1</translation>
    </message>
    <message>
        <source>The rate for “%1” tables cannot be read: %2</source>
        <translation>No se puede leer la tarifa de las mesas «%1»: %2</translation>
    </message>
    <message>
        <source>Only a referee or a manager may correct a result.</source>
        <translation>Solo un árbitro o un gerente puede corregir un resultado.</translation>
    </message>
    <message>
        <source>Merge the player %1 into %2</source>
        <translation>Fusionar el jugador %1 con %2</translation>
    </message>
    <message>
        <source>Separate the player %1 from %2</source>
        <translation>Separar el jugador %1 de %2</translation>
    </message>
    <message>
        <source>%1 was not merged into another player.</source>
        <translation>%1 no se fusionó con otro jugador.</translation>
    </message>
    <message>
        <source>player %1 is not a merged player of the venue shown</source>
        <translation>el jugador %1 no es un jugador fusionado de la sala mostrada</translation>
    </message>
    <message>
        <source>That tournament is another venue&apos;s.</source>
        <translation>Ese torneo es de otra sala.</translation>
    </message>
    <message>
        <source>Player %1</source>
        <translation>Jugador %1</translation>
    </message>
    <message>
        <source>The results of %1 do not fit its draw: %2</source>
        <translation>Los resultados de %1 no encajan con su cuadro: %2</translation>
    </message>
    <message>
        <source>A tournament needs a name.</source>
        <translation>Un torneo necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 is over.</source>
        <translation>%1 ha terminado.</translation>
    </message>
    <message>
        <source>%1&apos;s first match has started: it is too late to enter.</source>
        <translation>El primer encuentro de %1 ya ha empezado: es demasiado tarde para inscribirse.</translation>
    </message>
    <message>
        <source>That player is not entered in %1.</source>
        <translation>Ese jugador no está inscrito en %1.</translation>
    </message>
    <message>
        <source>%1 is in the draw already: reopen the sign-up to take them out, or record their matches as lost.</source>
        <translation>%1 ya está en el cuadro: reabra las inscripciones para sacarlo, o registre sus encuentros como perdidos.</translation>
    </message>
    <message>
        <source>%1 needs at least two players to make the draw.</source>
        <translation>%1 necesita al menos dos jugadores para hacer el sorteo.</translation>
    </message>
    <message>
        <source>%1 has no such match.</source>
        <translation>%1 no tiene ese encuentro.</translation>
    </message>
    <message>
        <source>That match is decided already.</source>
        <translation>Ese encuentro ya está decidido.</translation>
    </message>
    <message>
        <source>%1 is not running.</source>
        <translation>%1 no está en curso.</translation>
    </message>
    <message>
        <source>That match has no result to take back.</source>
        <translation>Ese encuentro no tiene ningún resultado que retirar.</translation>
    </message>
    <message>
        <source>The draw has no match %1.</source>
        <translation>El cuadro no tiene el encuentro %1.</translation>
    </message>
    <message>
        <source>A draw needs at least 2 players, not %1.</source>
        <translation>Un cuadro necesita al menos 2 jugadores, no %1.</translation>
    </message>
    <message>
        <source>%1 players cannot make %2 groups of at least 2 players each.</source>
        <translation>%1 jugadores no pueden formar %2 grupos de al menos 2 jugadores cada uno.</translation>
    </message>
    <message>
        <source>A Swiss draw of %1 players has from 1 to %2 rounds, not %3.</source>
        <translation>Un cuadro de sistema suizo de %1 jugadores tiene de 1 a %2 rondas, no %3.</translation>
    </message>
    <message>
        <source>Match %1 is already decided: take its result back first.</source>
        <translation>El encuentro %1 ya está decidido: retire antes su resultado.</translation>
    </message>
    <message>
        <source>Match %1 is not ready: its players are not both known yet.</source>
        <translation>El encuentro %1 no está listo: aún no se conocen sus dos jugadores.</translation>
    </message>
    <message>
        <source>Player %1 does not play in match %2.</source>
        <translation>El jugador %1 no juega en el encuentro %2.</translation>
    </message>
    <message>
        <source>A score of %1 to %2 does not make player %3 the winner of match %4.</source>
        <translation>Un marcador de %1 a %2 no hace al jugador %3 ganador del encuentro %4.</translation>
    </message>
    <message>
        <source>Match %1 has no result to take back.</source>
        <translation>El encuentro %1 no tiene ningún resultado que retirar.</translation>
    </message>
    <message>
        <source>Match %1 of round %2 already has its result: take it back first.</source>
        <translation>El encuentro %1 de la ronda %2 ya tiene su resultado: retírelo antes.</translation>
    </message>
    <message>
        <source>Match %1 depends on this result and already has its own: take it back first.</source>
        <translation>El encuentro %1 depende de este resultado y ya tiene el suyo: retírelo antes.</translation>
    </message>
    <message>
        <source>A starter rating must count as more than 0 racks, not %1.</source>
        <translation>Un rating inicial debe contar como más de 0 partidas, no %1.</translation>
    </message>
    <message>
        <source>The rating fit&apos;s tolerance must be more than 0 rating points, not %1.</source>
        <translation>La tolerancia del cálculo de ratings debe ser de más de 0 puntos de rating, no %1.</translation>
    </message>
    <message>
        <source>The rating fit needs at least 1 iteration, not %1.</source>
        <translation>El cálculo de ratings necesita al menos 1 iteración, no %1.</translation>
    </message>
    <message>
        <source>Player %1&apos;s starter rating is not a number.</source>
        <translation>El rating inicial del jugador %1 no es un número.</translation>
    </message>
    <message>
        <source>Result %1 names player %2, but the players are numbered from 0 to %3.</source>
        <translation>El resultado %1 nombra al jugador %2, pero los jugadores están numerados de 0 a %3.</translation>
    </message>
    <message>
        <source>Result %1 has player %2 playing against themselves.</source>
        <translation>En el resultado %1 el jugador %2 juega contra sí mismo.</translation>
    </message>
    <message>
        <source>Result %1 has a negative number of racks: %2 to %3.</source>
        <translation>El resultado %1 tiene un número negativo de partidas: %2 a %3.</translation>
    </message>
    <message>
        <source>The ratings did not settle within %1 iterations.</source>
        <translation>Los ratings no se estabilizaron en %1 iteraciones.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>línea %1: un campo entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>line %1: a quoted field goes on after its closing quote.</source>
        <translation>línea %1: un campo entre comillas continúa tras su comilla de cierre.</translation>
    </message>
    <message>
        <source>line %1 must have the 5 fields of the header; it has %2.</source>
        <translation>la línea %1 debe tener los 5 campos de la cabecera; tiene %2.</translation>
    </message>
    <message>
        <source>line %1: %2 is &quot;%3&quot;, not a date as YYYY-MM-DD.</source>
        <translation>línea %1: %2 es «%3», no una fecha con formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>line %1: %2 is empty; it must name a player.</source>
        <translation>línea %1: %2 está vacío; debe nombrar a un jugador.</translation>
    </message>
    <message>
        <source>line %1: %2 and %3 are both &quot;%4&quot;, and a player cannot play against themselves.</source>
        <translation>línea %1: %2 y %3 son ambos «%4», y un jugador no puede jugar contra sí mismo.</translation>
    </message>
    <message>
        <source>line %1: %2 is &quot;%3&quot;, not a whole number of racks.</source>
        <translation>línea %1: %2 es «%3», no un número entero de partidas.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>line %1: the header is &quot;%2&quot;, not %3.</source>
        <translation>línea %1: la cabecera es «%2», no %3.</translation>
    </message>
    <message>
        <source>The file is empty; its first line must be the header %1.</source>
        <translation>El archivo está vacío; su primera línea debe ser la cabecera %1.</translation>
    </message>
    <message>
        <source>8-ball</source>
        <translation>Bola 8</translation>
    </message>
    <message>
        <source>9-ball</source>
        <translation>Bola 9</translation>
    </message>
    <message>
        <source>10-ball</source>
        <translation>Bola 10</translation>
    </message>
    <message>
        <source>14.1 straight pool</source>
        <translation>14.1 continuo</translation>
    </message>
    <message>
        <source>“%1” is not a game DojoPool knows.</source>
        <translation>«%1» no es una modalidad que DojoPool conozca.</translation>
    </message>
    <message>
        <source>%1 has not answered this challenge yet.</source>
        <translation>%1 aún no ha respondido a este desafío.</translation>
    </message>
    <message>
        <source>%1 has already accepted this challenge.</source>
        <translation>%1 ya ha aceptado este desafío.</translation>
    </message>
    <message>
        <source>%1 declined this challenge.</source>
        <translation>%1 rechazó este desafío.</translation>
    </message>
    <message>
        <source>A table is already booked for this challenge.</source>
        <translation>Ya hay una mesa reservada para este desafío.</translation>
    </message>
    <message>
        <source>This challenge has been played.</source>
        <translation>Este desafío ya se ha jugado.</translation>
    </message>
    <message>
        <source>%1 withdrew this challenge.</source>
        <translation>%1 retiró este desafío.</translation>
    </message>
    <message>
        <source>Challenge %1 is “%2”, a state this DojoPool does not know; a newer version wrote it.</source>
        <translation>El desafío %1 está en estado «%2», un estado que este DojoPool no conoce; lo escribió una versión más reciente.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Lanzado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Table booked</source>
        <translation>Mesa reservada</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Jugado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Only %1, who was challenged, can accept this challenge.</source>
        <translation>Solo %1, que fue desafiado, puede aceptar este desafío.</translation>
    </message>
    <message>
        <source>Only %1, who was challenged, can decline this challenge.</source>
        <translation>Solo %1, que fue desafiado, puede rechazar este desafío.</translation>
    </message>
    <message>
        <source>Only %1, who issued this challenge, can withdraw it.</source>
        <translation>Solo %1, que lanzó este desafío, puede retirarlo.</translation>
    </message>
    <message>
        <source>%1 has not accepted this challenge yet; a table is booked once it is accepted.</source>
        <translation>%1 aún no ha aceptado este desafío; la mesa se reserva una vez aceptado.</translation>
    </message>
    <message>
        <source>%1 has not accepted this challenge yet, so it has no result to enter.</source>
        <translation>%1 aún no ha aceptado este desafío, así que no tiene resultado que introducir.</translation>
    </message>
    <message>
        <source>A race to %1 is won by the first to %1 racks: enter %1 for the winner and fewer for the other, not %2 to %3.</source>
        <translation>Una carrera a %1 la gana el primero que llega a %1 partidas: introduzca %1 para el ganador y menos para el otro, no %2 a %3.</translation>
    </message>
    <message>
        <source>%1 v %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Challenge %1 is not one of the venue shown.</source>
        <translation>El desafío %1 no es de la sala mostrada.</translation>
    </message>
    <message>
        <source>There is no venue to issue the challenge at.</source>
        <translation>No hay ninguna sala en la que lanzar el desafío.</translation>
    </message>
    <message>
        <source>A player cannot challenge themselves.</source>
        <translation>Un jugador no puede desafiarse a sí mismo.</translation>
    </message>
    <message>
        <source>A challenge is a race to one rack or more.</source>
        <translation>Un desafío es una carrera a una partida o más.</translation>
    </message>
    <message>
        <source>%1 has already challenged %2; that challenge is to be played or withdrawn first.</source>
        <translation>%1 ya ha desafiado a %2; antes hay que jugar o retirar ese desafío.</translation>
    </message>
    <message>
        <source>Table %1 is not one of the venue&apos;s tables.</source>
        <translation>La mesa %1 no es una de las mesas de la sala.</translation>
    </message>
    <message>
        <source>Event %1 is a “%2”, a kind this DojoPool does not know; a newer version wrote it.</source>
        <translation>El evento %1 es de tipo «%2», un tipo que este DojoPool no conoce; lo escribió una versión más reciente.</translation>
    </message>
    <message>
        <source>League night</source>
        <translation>Noche de liga</translation>
    </message>
    <message>
        <source>Open play</source>
        <translation>Juego libre</translation>
    </message>
    <message>
        <source>Tournament</source>
        <translation>Torneo</translation>
    </message>
    <message>
        <source>Event %1 is not one of the venue shown.</source>
        <translation>El evento %1 no es de la sala mostrada.</translation>
    </message>
    <message>
        <source>There is no venue to hold the event.</source>
        <translation>No hay ninguna sala en la que celebrar el evento.</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Un evento necesita un nombre.</translation>
    </message>
    <message>
        <source>An event must end after it starts.</source>
        <translation>Un evento debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>An event&apos;s cap is a number of players, or 0 for no cap.</source>
        <translation>El límite de un evento es un número de jugadores, o 0 para no tener límite.</translation>
    </message>
    <message>
        <source>%1 is cancelled already.</source>
        <translation>%1 ya se canceló.</translation>
    </message>
    <message>
        <source>%1 is cancelled; nobody can sign up for it.</source>
        <translation>%1 se canceló; nadie puede inscribirse.</translation>
    </message>
    <message>
        <source>%1 is over; nobody can sign up for it any more.</source>
        <translation>%1 ya terminó; nadie más puede inscribirse.</translation>
    </message>
    <message>
        <source>%1 is already signed up for %2.</source>
        <translation>%1 ya está inscrito en %2.</translation>
    </message>
    <message>
        <source>%1 is already on the waiting list for %2.</source>
        <translation>%1 ya está en la lista de espera de %2.</translation>
    </message>
    <message>
        <source>%1 is not signed up for %2.</source>
        <translation>%1 no está inscrito en %2.</translation>
    </message>
    <message>
        <source>There is no venue whose queue to join.</source>
        <translation>No hay ninguna sala a cuya cola unirse.</translation>
    </message>
    <message>
        <source>%1 is already waiting for %2.</source>
        <translation>%1 ya está esperando para %2.</translation>
    </message>
    <message>
        <source>%1 is not waiting in the queue.</source>
        <translation>%1 no está esperando en la cola.</translation>
    </message>
    <message>
        <source>%1 is no longer waiting in the queue.</source>
        <translation>%1 ya no está esperando en la cola.</translation>
    </message>
    <message>
        <source>A player cannot be matched with themselves.</source>
        <translation>Un jugador no se puede emparejar consigo mismo.</translation>
    </message>
    <message>
        <source>%1 waits for %2 and %3 for %4: they cannot be matched.</source>
        <translation>%1 espera para %2 y %3 para %4: no se pueden emparejar.</translation>
    </message>
    <message>
        <source>A result is between two different players.</source>
        <translation>Un resultado es entre dos jugadores distintos.</translation>
    </message>
    <message>
        <source>Racks won are counted from 0 up.</source>
        <translation>Las partidas ganadas se cuentan desde 0.</translation>
    </message>
    <message>
        <source>A result needs at least one rack played.</source>
        <translation>Un resultado necesita al menos una partida jugada.</translation>
    </message>
    <message>
        <source>A result needs the day it was played.</source>
        <translation>Un resultado necesita el día en que se jugó.</translation>
    </message>
    <message>
        <source>The match %1 at %2 cannot be replayed: %3</source>
        <translation>No se puede reproducir el encuentro %1 en %2: %3</translation>
    </message>
    <message>
        <source>The last backup failed at %1: %2</source>
        <translation>La última copia de seguridad falló el %1: %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aún no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The last backup is from %1, more than two days ago.</source>
        <translation>La última copia de seguridad es del %1, hace más de dos días.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>dojo::vision</name>
    <message>
        <source>The four corners do not outline a table: no three of them may lie on a line.</source>
        <translation>Las cuatro esquinas no delimitan una mesa: no puede haber tres en una misma línea.</translation>
    </message>
    <message>
        <source>The four corners do not outline a table seen from above: check their order.</source>
        <translation>Las cuatro esquinas no delimitan una mesa vista desde arriba: compruebe su orden.</translation>
    </message>
    <message>
        <source>No table is seen: the middle of the picture shows no coloured cloth.</source>
        <translation>No se ve ninguna mesa: el centro de la imagen no muestra un paño de color.</translation>
    </message>
    <message>
        <source>No table is seen: the middle of the picture is not one even cloth.</source>
        <translation>No se ve ninguna mesa: el centro de la imagen no es un paño uniforme.</translation>
    </message>
    <message>
        <source>No table is seen: no region of one cloth colour covers enough of the picture.</source>
        <translation>No se ve ninguna mesa: ninguna zona de un mismo color de paño cubre lo suficiente de la imagen.</translation>
    </message>
    <message>
        <source>No table of this size is seen: the cloth&apos;s outline is %1 times as long as it is wide.</source>
        <translation>No se ve ninguna mesa de este tamaño: el contorno del paño es %1 veces más largo que ancho.</translation>
    </message>
    <message>
        <source>No table is seen: the cloth has no clear outline.</source>
        <translation>No se ve ninguna mesa: el paño no tiene un contorno claro.</translation>
    </message>
    <message>
        <source>No table is seen: a rail of the cloth&apos;s outline is not straight.</source>
        <translation>No se ve ninguna mesa: un lado del contorno del paño no es recto.</translation>
    </message>
    <message>
        <source>No table is seen: the picture is empty or not in colour.</source>
        <translation>No se ve ninguna mesa: la imagen está vacía o no es en color.</translation>
    </message>
    <message>
        <source>No table is seen: a cushion&apos;s nose could not be found.</source>
        <translation>No se ve ninguna mesa: no se encontró el borde de una banda.</translation>
    </message>
    <message>
        <source>Ball %1 started moving away from the cue ball, so the first ball the cue ball touched cannot be decided.</source>
        <translation>La bola %1 empezó a moverse lejos de la bola blanca, así que no se puede decidir qué bola tocó primero la blanca.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 started moving within one frame next to the cue ball, so which one it touched first cannot be decided.</source>
        <translation>Las bolas %1 y %2 empezaron a moverse en el mismo fotograma junto a la bola blanca, así que no se puede decidir cuál tocó primero.</translation>
    </message>
    <message>
        <source>Ball %1 came within a few millimetres of a cushion, so whether it touched it cannot be decided.</source>
        <translation>La bola %1 llegó a pocos milímetros de una banda, así que no se puede decidir si la tocó.</translation>
    </message>
    <message>
        <source>The cue ball passed within a hair of ball %1, so whether it touched ball %1 first cannot be decided.</source>
        <translation>La bola blanca pasó rozando la bola %1, así que no se puede decidir si tocó primero la bola %1.</translation>
    </message>
    <message>
        <source>Ball %1 was hidden when the balls came to rest.</source>
        <translation>La bola %1 estaba oculta cuando las bolas se detuvieron.</translation>
    </message>
    <message>
        <source>Ball %1 was lost in the middle of the table.</source>
        <translation>La bola %1 se perdió en medio de la mesa.</translation>
    </message>
    <message>
        <source>A ball that was not identified left the table.</source>
        <translation>Una bola no identificada salió de la mesa.</translation>
    </message>
    <message>
        <source>The table has not been found in the picture yet.</source>
        <translation>Aún no se ha encontrado la mesa en la imagen.</translation>
    </message>
    <message>
        <source>The camera moved: the table is being found again.</source>
        <translation>La cámara se ha movido: se está buscando de nuevo la mesa.</translation>
    </message>
    <message>
        <source>The camera moved: the corners placed by hand no longer fit, so the table is being found by itself. Place the corners again if it is not found.</source>
        <translation>La cámara se ha movido: las esquinas colocadas a mano ya no encajan, así que la mesa se busca automáticamente. Vuelva a colocar las esquinas si no se encuentra.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 lay touching each other in the cue ball&apos;s way, so which one it touched first cannot be decided.</source>
        <translation>Las bolas %1 y %2 estaban pegadas en el camino de la bola blanca, así que no se puede decidir cuál tocó primero.</translation>
    </message>
    <message>
        <source>Balls %1 and %2 reached cushions within two frames of each other, so their order cannot be decided.</source>
        <translation>Las bolas %1 y %2 llegaron a las bandas con menos de dos fotogramas de diferencia, así que no se puede decidir su orden.</translation>
    </message>
    <message>
        <source>Ball %1 vanished by a pocket and was seen again, so whether it dropped cannot be decided.</source>
        <translation>La bola %1 desapareció junto a una tronera y se volvió a ver, así que no se puede decidir si cayó.</translation>
    </message>
    <message>
        <source>Ball %1 moved out of sight for a while, so what it touched then cannot be decided.</source>
        <translation>La bola %1 estuvo un rato fuera de la vista, así que no se puede decidir qué tocó entonces.</translation>
    </message>
    <message>
        <source>Ball %1 vanished from the jaws of a pocket without being seen to move, so whether it dropped cannot be decided.</source>
        <translation>La bola %1 desapareció de la boca de una tronera sin que se la viera moverse, así que no se puede decidir si cayó.</translation>
    </message>
    <message>
        <source>Ball %1 met the jaws of the pocket it dropped into, so whether it touched a cushion cannot be decided.</source>
        <translation>La bola %1 tocó la boca de la tronera en la que cayó, así que no se puede decidir si tocó una banda.</translation>
    </message>
</context>
</TS>
