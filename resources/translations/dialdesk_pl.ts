<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="149"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="155"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="210"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="211"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="213"/>
        <source>Add field</source>
        <translation>Dodaj pole</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="219"/>
        <source>Add to a campaign</source>
        <translation>Dodaj do kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="229"/>
        <source>Next call at</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="236"/>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="246"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="247"/>
        <source>Record status</source>
        <translation>Status rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="248"/>
        <source>Dictionary status</source>
        <translation>Status słownikowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="249"/>
        <source>Identifier</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="250"/>
        <source>Agent login</source>
        <translation>Login agenta</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="252"/>
        <source>Campaign fields</source>
        <translation>Pola kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="275"/>
        <source>Choose a campaign (a five-character id such as 00001).</source>
        <translation>Wybierz kampanię (pięcioznakowy identyfikator, np. 00001).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="278"/>
        <source>The status MY_RECORD needs an agent login.</source>
        <translation>Status MY_RECORD wymaga loginu agenta.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="280"/>
        <source>The status %1 needs the next call date.</source>
        <translation>Status %1 wymaga daty następnego kontaktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="283"/>
        <source>Every campaign field needs a name.</source>
        <translation>Każde pole kampanii musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="285"/>
        <source>A campaign field is listed twice.</source>
        <translation>Pole kampanii występuje dwa razy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="287"/>
        <source>record status</source>
        <translation>status rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="288"/>
        <source>dictionary status</source>
        <translation>status słownikowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="293"/>
        <source>The %1 must be chosen from the list or be an id.</source>
        <translation>%1 trzeba wybrać z listy albo podać jego identyfikator.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="323"/>
        <source>Added %1 to %2 as record %3.</source>
        <translation>Dodano %1 do kampanii %2 jako rekord %3.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="182"/>
        <source>dialdesk: ready</source>
        <translation>dialdesk: gotowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="183"/>
        <source>dialdesk: calling…</source>
        <translation>dialdesk: łączenie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="184"/>
        <source>dialdesk: the last call failed</source>
        <translation>dialdesk: ostatnie połączenie się nie udało</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="185"/>
        <source>dialdesk: not set up (%1 missing)</source>
        <translation>dialdesk: nieskonfigurowany (brak: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="188"/>
        <source>dialdesk: Sandbox, calls are simulated</source>
        <translation>dialdesk: piaskownica, połączenia są symulowane</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="192"/>
        <source>Link handling is paused</source>
        <translation>Obsługa linków jest wstrzymana</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="229"/>
        <source>dialdesk link</source>
        <translation>Link dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="231"/>
        <source>Link handling is paused: %1 was not dialed.</source>
        <translation>Obsługa linków jest wstrzymana: nie wybrano %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="246"/>
        <source>Another call was being placed: %1 is ready, press Call when you are.</source>
        <translation>Trwało zestawianie innego połączenia: %1 czeka, naciśnij Zadzwoń, gdy będziesz gotów.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="282"/>
        <source>%1: the PBX accepted the call. Your phone rings first.</source>
        <translation>%1: centrala przyjęła połączenie. Najpierw zadzwoni Twój telefon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="286"/>
        <source>(Sandbox: simulated.)</source>
        <translation>(Piaskownica: symulacja.)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="88"/>
        <location filename="../../desktop/dialdesk/ui/app.py" line="327"/>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Coś poszło nie tak (%1). Szczegóły są w pliku dziennika.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="415"/>
        <source>About dialdesk</source>
        <translation>O programie dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="416"/>
        <source>dialdesk %1
Click-to-call for Thulium and Simotel.

Settings: %2
Logs: %3</source>
        <translation>dialdesk %1
Dzwonienie jednym kliknięciem dla Thulium i Simotel.

Ustawienia: %2
Dzienniki: %3</translation>
    </message>
</context>
<context>
    <name>DialBox</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="126"/>
        <source>Sandbox: calls are simulated</source>
        <translation>Piaskownica: połączenia są symulowane</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="131"/>
        <source>Number, e.g. 22 123 45 67</source>
        <translation>Numer, np. 22 123 45 67</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="143"/>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="424"/>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="162"/>
        <source>Call anyway</source>
        <translation>Zadzwoń mimo to</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="163"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="177"/>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="179"/>
        <source>Copy the error, the PBX&apos;s messages and the request id, for support</source>
        <translation>Kopiuje błąd, komunikaty centrali i identyfikator żądania dla wsparcia technicznego</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="182"/>
        <source>Open Settings</source>
        <translation>Otwórz ustawienia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="185"/>
        <source>Recent</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="190"/>
        <source>Double click or Enter to call again</source>
        <translation>Dwuklik lub Enter, aby zadzwonić ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="196"/>
        <source>Schedule callback…</source>
        <translation>Zaplanuj oddzwonienie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="197"/>
        <source>Add to campaign…</source>
        <translation>Dodaj do kampanii…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="198"/>
        <source>Set status…</source>
        <translation>Ustaw status…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="262"/>
        <source>Type a number first.</source>
        <translation>Najpierw wpisz numer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="278"/>
        <source>Call %1</source>
        <translation>Zadzwoń na %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="282"/>
        <source>Type a phone number.</source>
        <translation>Wpisz numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="283"/>
        <source>That is too long to be a phone number.</source>
        <translation>To za długie na numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="284"/>
        <source>This is not a phone number.</source>
        <translation>To nie jest numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="285"/>
        <source>Too short: a digit or more is missing.</source>
        <translation>Za krótki: brakuje co najmniej jednej cyfry.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="286"/>
        <source>Too long: there are digits too many.</source>
        <translation>Za długi: jest za dużo cyfr.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="287"/>
        <source>The country code does not exist.</source>
        <translation>Taki numer kierunkowy kraju nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="288"/>
        <source>This link is not a phone number.</source>
        <translation>Ten link nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="294"/>
        <source>internal extension</source>
        <translation>numer wewnętrzny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="295"/>
        <source>emergency number</source>
        <translation>numer alarmowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="296"/>
        <source>short code</source>
        <translation>numer skrócony</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="305"/>
        <source>Dials %1</source>
        <translation>Wybiera %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="307"/>
        <source>then extension %1</source>
        <translation>potem wewnętrzny %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="314"/>
        <source>⚠ Emergency number: dialdesk blocks it unless your settings allow it.</source>
        <translation>⚠ Numer alarmowy: dialdesk go blokuje, chyba że ustawienia na to pozwalają.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="317"/>
        <source>⚠ Premium-rate number: the call may be expensive.</source>
        <translation>⚠ Numer o podwyższonej opłacie: połączenie może być drogie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="319"/>
        <source>⚠ Foreign number: %1</source>
        <translation>⚠ Numer zagraniczny: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="328"/>
        <source>Type a phone number first.</source>
        <translation>Najpierw wpisz numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="345"/>
        <source>Mark %1:</source>
        <translation>Oznacz %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="422"/>
        <source>Calling…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="440"/>
        <source>Calling %1: your phone rings first.</source>
        <translation>Łączenie z %1: najpierw zadzwoni Twój telefon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="455"/>
        <source>Call %1?</source>
        <translation>Zadzwonić na %1?</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/lists.py" line="44"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/lists.py" line="45"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="61"/>
        <source>Emergency numbers are blocked in dialdesk: dial them from your phone directly.</source>
        <translation>Numery alarmowe są w dialdesk zablokowane: wybierz je bezpośrednio na telefonie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="65"/>
        <source>This is an emergency number.</source>
        <translation>To numer alarmowy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="66"/>
        <source>Premium-rate numbers are blocked by your settings.</source>
        <translation>Numery o podwyższonej opłacie są zablokowane w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="69"/>
        <source>This is a premium-rate number: the call may be expensive.</source>
        <translation>To numer o podwyższonej opłacie: połączenie może być drogie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="72"/>
        <source>You called %1 moments ago; wait %2 s before doing it again.</source>
        <translation>Przed chwilą dzwoniono na %1; odczekaj %2 s, zanim zadzwonisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="75"/>
        <source>You sent this for %1 moments ago; wait %2 s before doing it again.</source>
        <translation>Przed chwilą wysłano to samo dla %1; odczekaj %2 s, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="78"/>
        <source>More than %1 calls from links in a minute: links are paused for a moment.</source>
        <translation>Ponad %1 połączeń z linków w ciągu minuty: obsługa linków jest na chwilę wstrzymana.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="81"/>
        <source>This number came from a link.</source>
        <translation>Ten numer pochodzi z linku.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="94"/>
        <source>fixed line</source>
        <translation>stacjonarny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="95"/>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="96"/>
        <source>fixed line or mobile</source>
        <translation>stacjonarny lub komórkowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="97"/>
        <source>toll-free</source>
        <translation>bezpłatny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="98"/>
        <source>premium rate</source>
        <translation>o podwyższonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="99"/>
        <source>shared cost</source>
        <translation>o współdzielonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="100"/>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="101"/>
        <source>personal number</source>
        <translation>numer osobisty</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="102"/>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="103"/>
        <source>company number</source>
        <translation>numer firmowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="104"/>
        <source>voicemail</source>
        <translation>poczta głosowa</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="166"/>
        <source>Schedule a callback</source>
        <translation>Zaplanuj oddzwonienie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="175"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="176"/>
        <source>Call at</source>
        <translation>Zadzwoń o</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="186"/>
        <source>Choose a queue.</source>
        <translation>Wybierz kolejkę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="188"/>
        <source>That time has passed: choose a time from now on.</source>
        <translation>Ten czas już minął: wybierz późniejszy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="199"/>
        <source>Queue %1 will call %2 at %3.</source>
        <translation>Kolejka %1 zadzwoni na %2 o %3.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="59"/>
        <source>dialdesk settings</source>
        <translation>Ustawienia dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="75"/>
        <source>Welcome to dialdesk. Until you save a PBX account here, dialdesk uses its built-in sandbox: calls are simulated, so you can try everything safely.</source>
        <translation>Witaj w dialdesk. Dopóki nie zapiszesz tu konta centrali, dialdesk używa wbudowanej piaskownicy: połączenia są symulowane, więc możesz bezpiecznie wszystko wypróbować.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="85"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="86"/>
        <source>Dialing</source>
        <translation>Wybieranie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="87"/>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="167"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="88"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="102"/>
        <source>Start dialdesk when I log in</source>
        <translation>Uruchamiaj dialdesk po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="117"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="119"/>
        <source>Checks the address and credentials; never places a call or changes data.</source>
        <translation>Sprawdza adres i dane logowania; nigdy nie dzwoni ani nie zmienia danych.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="143"/>
        <source>PBX</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="144"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="145"/>
        <source>API user</source>
        <translation>Użytkownik API</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="146"/>
        <source>Your SIP number / extension</source>
        <translation>Twój numer SIP / wewnętrzny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="147"/>
        <source>Check TLS certificate</source>
        <translation>Sprawdzaj certyfikat TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="148"/>
        <source>CA bundle file</source>
        <translation>Plik certyfikatów CA</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="149"/>
        <source>Simotel context</source>
        <translation>Kontekst Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="150"/>
        <source>Simotel caller id</source>
        <translation>Identyfikator dzwoniącego Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="151"/>
        <source>Simotel trunk</source>
        <translation>Trunk Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="152"/>
        <source>Simotel answer timeout (s)</source>
        <translation>Czas na odebranie Simotel (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="153"/>
        <source>Simotel call limit (s)</source>
        <translation>Limit długości połączenia Simotel (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="154"/>
        <source>Your country</source>
        <translation>Twój kraj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="155"/>
        <source>Number format sent</source>
        <translation>Format wysyłanego numeru</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="156"/>
        <source>Outside line prefix</source>
        <translation>Prefiks wyjścia na miasto</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="157"/>
        <source>Extension length (digits)</source>
        <translation>Długość numeru wewnętrznego (cyfry)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="158"/>
        <source>Ask before calling from a link</source>
        <translation>Pytaj przed dzwonieniem z linku</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="159"/>
        <source>Premium-rate numbers</source>
        <translation>Numery o podwyższonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="160"/>
        <source>Emergency numbers</source>
        <translation>Numery alarmowe</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="161"/>
        <source>Same number again after (s)</source>
        <translation>Ten sam numer ponownie po (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="162"/>
        <source>Link calls per minute</source>
        <translation>Połączeń z linków na minutę</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="163"/>
        <source>Default queue id</source>
        <translation>Domyślna kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="164"/>
        <source>Default campaign id</source>
        <translation>Domyślna kampania</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="165"/>
        <source>Your agent login</source>
        <translation>Twój login agenta</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="166"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="168"/>
        <source>Dictionary statuses</source>
        <translation>Statusy słownikowe</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="169"/>
        <source>Record statuses</source>
        <translation>Statusy rekordów</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="170"/>
        <source>Quick status buttons</source>
        <translation>Przyciski szybkich statusów</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="171"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="172"/>
        <source>Log level</source>
        <translation>Poziom dziennika</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="177"/>
        <source>Sandbox (simulated calls)</source>
        <translation>Piaskownica (połączenia symulowane)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="180"/>
        <source>as dialed from your country</source>
        <translation>jak wybierany z Twojego kraju</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="181"/>
        <source>international, +48221234567</source>
        <translation>międzynarodowy, +48221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="182"/>
        <source>international digits, 48221234567</source>
        <translation>międzynarodowy bez plusa, 48221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="183"/>
        <source>national, 221234567</source>
        <translation>krajowy, 221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="184"/>
        <source>ask first</source>
        <translation>pytaj najpierw</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="185"/>
        <source>block</source>
        <translation>blokuj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="186"/>
        <source>allow</source>
        <translation>zezwalaj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="187"/>
        <source>as the system</source>
        <translation>jak w systemie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="197"/>
        <source>status ids, e.g. 3, 8</source>
        <translation>identyfikatory statusów, np. 3, 8</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="201"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="201"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="203"/>
        <source>System status</source>
        <translation>Status systemowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="240"/>
        <source>Set by your administrator.</source>
        <translation>Ustawione przez administratora.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="258"/>
        <source>API password</source>
        <translation>Hasło API</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="258"/>
        <source>API key (Simotel)</source>
        <translation>Klucz API (Simotel)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="262"/>
        <source>checking the keyring…</source>
        <translation>sprawdzanie magazynu haseł…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="308"/>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="413"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Najpierw popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="348"/>
        <source>For example:</source>
        <translation>Na przykład:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="388"/>
        <source>Secrets cannot be stored: see above.</source>
        <translation>Nie można zapisać haseł: zobacz powyżej.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="392"/>
        <source>keyring unavailable</source>
        <translation>magazyn haseł niedostępny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="398"/>
        <source>Secrets are kept in: %1</source>
        <translation>Hasła są przechowywane w: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="400"/>
        <source>Keyring: %1. Secrets are never written to the settings file.</source>
        <translation>Magazyn haseł: %1. Hasła nigdy nie trafiają do pliku ustawień.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="406"/>
        <source>stored; type to replace</source>
        <translation>zapisane; wpisz, aby zmienić</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="406"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="430"/>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="437"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="441"/>
        <source>TLS problem: %1</source>
        <translation>Problem z TLS: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="443"/>
        <source>Not reachable: %1</source>
        <translation>Brak połączenia: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="445"/>
        <source>Credentials refused: %1</source>
        <translation>Odrzucone dane logowania: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="483"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="342"/>
        <source>Set the campaign status</source>
        <translation>Ustaw status w kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="347"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="349"/>
        <source>Sets the status of every campaign record whose main number is this one.</source>
        <translation>Ustawia status każdego rekordu kampanii, którego głównym numerem jest ten numer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="356"/>
        <source>Choose a status.</source>
        <translation>Wybierz status.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="39"/>
        <source>Dial…</source>
        <translation>Wybierz numer…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="40"/>
        <source>Dial from clipboard</source>
        <translation>Zadzwoń ze schowka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="41"/>
        <source>Recent</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="42"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="43"/>
        <source>Pause link handling</source>
        <translation>Wstrzymaj obsługę linków</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="45"/>
        <source>About dialdesk</source>
        <translation>O programie dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="46"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="110"/>
        <source>Dial from clipboard (no number)</source>
        <translation>Zadzwoń ze schowka (brak numeru)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="115"/>
        <source>Dial %1 from clipboard</source>
        <translation>Zadzwoń na %1 ze schowka</translation>
    </message>
</context>
</TS>
