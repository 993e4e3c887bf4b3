<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="69"/>
        <source>None named in Settings: type the %1 id</source>
        <translation>Brak nazw w Ustawieniach: wpisz identyfikator %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="101"/>
        <source>Request id: %1</source>
        <translation>Identyfikator żądania: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="189"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="195"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="254"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="255"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="257"/>
        <source>Add field</source>
        <translation>Dodaj pole</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="263"/>
        <source>Add to a campaign</source>
        <translation>Dodaj do kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="269"/>
        <source>campaign</source>
        <translation>kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="271"/>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="273"/>
        <source>status</source>
        <translation>statusu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="277"/>
        <source>Next call at</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="284"/>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="294"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="295"/>
        <source>Record status</source>
        <translation>Status rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="296"/>
        <source>Dictionary status</source>
        <translation>Status słownikowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="297"/>
        <source>Identifier</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="298"/>
        <source>Agent login</source>
        <translation>Login agenta</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="300"/>
        <source>Campaign fields</source>
        <translation>Pola kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="323"/>
        <source>Choose a campaign (a five-character id such as 00001).</source>
        <translation>Wybierz kampanię (pięcioznakowy identyfikator, np. 00001).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="326"/>
        <source>The status MY_RECORD needs an agent login.</source>
        <translation>Status MY_RECORD wymaga loginu agenta.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="328"/>
        <source>The status %1 needs the next call date.</source>
        <translation>Status %1 wymaga daty następnego kontaktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="331"/>
        <source>Every campaign field needs a name.</source>
        <translation>Każde pole kampanii musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="333"/>
        <source>A campaign field is listed twice.</source>
        <translation>Pole kampanii występuje dwa razy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="335"/>
        <source>record status</source>
        <translation>status rekordu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="336"/>
        <source>dictionary status</source>
        <translation>status słownikowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="341"/>
        <source>The %1 must be chosen from the list or be an id.</source>
        <translation>%1 trzeba wybrać z listy albo podać jego identyfikator.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="371"/>
        <source>Added %1 to %2 as record %3.</source>
        <translation>Dodano %1 do kampanii %2 jako rekord %3.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Coś poszło nie tak (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="198"/>
        <location filename="../../desktop/dialdesk/ui/app.py" line="247"/>
        <source>dialdesk: ready</source>
        <translation>dialdesk: gotowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="248"/>
        <source>dialdesk: calling…</source>
        <translation>dialdesk: łączenie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="249"/>
        <source>dialdesk: the last call failed</source>
        <translation>dialdesk: ostatnie połączenie się nie udało</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="250"/>
        <source>dialdesk: not set up (%1 missing)</source>
        <translation>dialdesk: nieskonfigurowany (brak: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="253"/>
        <source>dialdesk: Sandbox, calls are simulated</source>
        <translation>dialdesk: piaskownica, połączenia są symulowane</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="257"/>
        <source>Link handling is paused</source>
        <translation>Obsługa linków jest wstrzymana</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="324"/>
        <location filename="../../desktop/dialdesk/ui/app.py" line="362"/>
        <source>dialdesk link</source>
        <translation>Link dialdesk</translation>
    </message>
    <message>
        <source>The link %1 was not dialed: %2</source>
        <translation>Link %1 nie został wybrany: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="326"/>
        <source>Link handling is paused: %1 was not dialed.</source>
        <translation>Obsługa linków jest wstrzymana: nie wybrano %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="341"/>
        <source>Another call was being placed: %1 is ready, press Call when you are.</source>
        <translation>Trwało zestawianie innego połączenia: %1 czeka, naciśnij Zadzwoń, gdy będziesz gotów.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="389"/>
        <source>%1: the PBX accepted the call. Your phone rings first.</source>
        <translation>%1: centrala przyjęła połączenie. Najpierw zadzwoni Twój telefon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="393"/>
        <source>(Sandbox: simulated.)</source>
        <translation>(Piaskownica: symulacja.)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="603"/>
        <source>dialdesk could not start: %1</source>
        <translation>Nie udało się uruchomić dialdesk: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="90"/>
        <location filename="../../desktop/dialdesk/ui/app.py" line="434"/>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Coś poszło nie tak (%1). Szczegóły są w pliku dziennika.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="436"/>
        <location filename="../../desktop/dialdesk/ui/app.py" line="215"/>
        <source>dialdesk stopped unexpectedly last time. What is known is in the log: %1</source>
        <translation>Ostatnim razem dialdesk zakończył działanie nieoczekiwanie. To, co wiadomo, jest w dzienniku: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="528"/>
        <source>About dialdesk</source>
        <translation>O programie dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/app.py" line="529"/>
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
        <source>Not a known number range: check the digits.</source>
        <translation>Nieznany zakres numerów: sprawdź cyfry.</translation>
    </message>
    <message>
        <source>Letters are not part of a phone number.</source>
        <translation>Litery nie są częścią numeru telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="128"/>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="93"/>
        <source>Sandbox: calls are simulated</source>
        <translation>Piaskownica: połączenia są symulowane</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/number_edit.py" line="18"/>
        <source>Number, e.g. 22 123 45 67</source>
        <translation>Numer, np. 22 123 45 67</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/number_edit.py" line="20"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="100"/>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="348"/>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="139"/>
        <source>Recent</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/recent.py" line="38"/>
        <source>Double click or Enter to call again</source>
        <translation>Dwuklik lub Enter, aby zadzwonić ponownie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="127"/>
        <source>Schedule callback…</source>
        <translation>Zaplanuj oddzwonienie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="128"/>
        <source>Add to campaign…</source>
        <translation>Dodaj do kampanii…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="129"/>
        <source>Set status…</source>
        <translation>Ustaw status…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="185"/>
        <source>%1 numbers found: choose one, then press Enter.</source>
        <translation>Znalezione numery (%1): wybierz jeden i naciśnij Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="212"/>
        <source>Type or paste a number, then press Enter.</source>
        <translation>Wpisz lub wklej numer i naciśnij Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="214"/>
        <source>Type a number first.</source>
        <translation>Najpierw wpisz numer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="230"/>
        <source>Call %1</source>
        <translation>Zadzwoń pod numer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="107"/>
        <source>Type a phone number.</source>
        <translation>Wpisz numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="108"/>
        <source>That is too long to be a phone number.</source>
        <translation>To za długie na numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="111"/>
        <source>This is not a phone number.</source>
        <translation>To nie jest numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="112"/>
        <source>Too short: a digit or more is missing.</source>
        <translation>Za krótki: brakuje co najmniej jednej cyfry.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="115"/>
        <source>Too long: there are digits too many.</source>
        <translation>Za długi: jest za dużo cyfr.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="118"/>
        <source>The country code does not exist.</source>
        <translation>Taki numer kierunkowy kraju nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="121"/>
        <source>This link is not a phone number.</source>
        <translation>Ten link nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="131"/>
        <source>internal extension</source>
        <translation>numer wewnętrzny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="132"/>
        <source>emergency number</source>
        <translation>numer alarmowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="133"/>
        <source>short code</source>
        <translation>numer skrócony</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="142"/>
        <source>Dials %1</source>
        <translation>Wybiera %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="146"/>
        <source>then extension %1</source>
        <translation>potem wewnętrzny %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="156"/>
        <source>⚠ Emergency number: dialdesk blocks it unless your settings allow it.</source>
        <translation>⚠ Numer alarmowy: dialdesk go blokuje, chyba że ustawienia na to pozwalają.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="162"/>
        <source>⚠ Premium-rate number: the call may be expensive.</source>
        <translation>⚠ Numer o podwyższonej opłacie: połączenie może być drogie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="168"/>
        <source>⚠ Foreign number: %1</source>
        <translation>⚠ Numer zagraniczny: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="203"/>
        <source>call placed</source>
        <translation>połączenie zlecone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="204"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="205"/>
        <source>no answer yet</source>
        <translation>jeszcze bez odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="206"/>
        <source>may have gone through</source>
        <translation>mogło zostać zlecone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="207"/>
        <source>refused by the PBX</source>
        <translation>odrzucone przez centralę</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="208"/>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="209"/>
        <source>not called</source>
        <translation>nie dzwoniono</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="215"/>
        <source>Extension %1: dial it once the call connects.</source>
        <translation>Numer wewnętrzny %1: wybierz go po nawiązaniu połączenia.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="248"/>
        <source>Type a phone number first.</source>
        <translation>Najpierw wpisz numer telefonu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="348"/>
        <source>Calling…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="361"/>
        <source>Calling %1: your phone rings first.</source>
        <translation>Łączenie z %1: najpierw zadzwoni Twój telefon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="389"/>
        <source>Already called</source>
        <translation>Już dzwoniono</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/dialbox.py" line="398"/>
        <source>Call %1?</source>
        <translation>Zadzwonić pod numer %1?</translation>
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
    <name>Errors</name>
    <message>
        <source>⚠ Not a known number range in %1: check the digits.</source>
        <translation>⚠ Nieznany zakres numerów (%1): sprawdź cyfry.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="14"/>
        <source>The call may have gone through: check your phone before you try again.</source>
        <translation>Połączenie mogło zostać zestawione: sprawdź telefon, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="17"/>
        <source>The callback may have been scheduled: check the queue in Thulium before you try again.</source>
        <translation>Oddzwonienie mogło zostać zaplanowane: sprawdź kolejkę w Thulium, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="21"/>
        <source>The record may have been added: check the campaign in Thulium before you try again.</source>
        <translation>Rekord mógł zostać dodany: sprawdź kampanię w Thulium, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="25"/>
        <source>The status may have been changed: check the campaign in Thulium before you try again.</source>
        <translation>Status mógł zostać zmieniony: sprawdź kampanię w Thulium, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="35"/>
        <source>Not found: check the queue id.</source>
        <translation>Nie znaleziono: sprawdź identyfikator kolejki.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="36"/>
        <source>Not found: check the campaign id.</source>
        <translation>Nie znaleziono: sprawdź identyfikator kampanii.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="40"/>
        <source>Not found: check the server address in Settings.</source>
        <translation>Nie znaleziono: sprawdź adres serwera w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="53"/>
        <source>The secure connection to %1 failed: its certificate was not accepted. If your PBX uses a private certificate, set the CA bundle file in Settings.</source>
        <translation>Bezpieczne połączenie z %1 nie powiodło się: certyfikat nie został zaakceptowany. Jeśli centrala używa prywatnego certyfikatu, wskaż plik certyfikatów CA w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="57"/>
        <source>%1 did not answer the connection attempt.</source>
        <translation>%1 nie odpowiedział na próbę połączenia.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="60"/>
        <source>Cannot find the server %1. Check the server address in Settings.</source>
        <translation>Nie można znaleźć serwera %1. Sprawdź adres serwera w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="63"/>
        <source>%1 refused the connection. Check the server address, and that the PBX is running and lets you in.</source>
        <translation>%1 odrzucił połączenie. Sprawdź adres serwera oraz czy centrala działa i przyjmuje połączenia z Twojego komputera.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="67"/>
        <source>No answer from the PBX (%1).</source>
        <translation>Brak odpowiedzi centrali (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="68"/>
        <source>The server answered with a web page, not the PBX API. Check the server address in Settings.</source>
        <translation>Serwer odpowiedział stroną internetową, a nie API centrali. Sprawdź adres serwera w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="72"/>
        <source>The server&apos;s answer is not the PBX API&apos;s. Check the server address in Settings.</source>
        <translation>Odpowiedź serwera nie pochodzi z API centrali. Sprawdź adres serwera w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="76"/>
        <source>The PBX refused the API user or password.</source>
        <translation>Centrala odrzuciła użytkownika API lub hasło.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="75"/>
        <source>The PBX refused the API account: its password or its API key is wrong (Simotel does not say which).</source>
        <translation>Centrala odrzuciła konto API: błędne jest jego hasło lub klucz API (Simotel nie mówi, które).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="74"/>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="79"/>
        <source>The API user is not allowed to do this (permissions).</source>
        <translation>Użytkownik API nie ma do tego uprawnień.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="82"/>
        <source>A gateway in front of the PBX gave up waiting (HTTP %2).</source>
        <translation>Brama przed centralą przestała czekać na odpowiedź (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="85"/>
        <source>The PBX had an internal error (HTTP %2).</source>
        <translation>Wewnętrzny błąd centrali (HTTP %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="86"/>
        <source>The server redirected the request (HTTP %2). Check the server address in Settings.</source>
        <translation>Serwer przekierował żądanie (HTTP %2). Sprawdź adres serwera w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="90"/>
        <source>The PBX refused the request.</source>
        <translation>Centrala odrzuciła żądanie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="91"/>
        <source>The PBX refused the call.</source>
        <translation>Centrala odrzuciła połączenie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="92"/>
        <source>The PBX account is not set up: %3 missing.</source>
        <translation>Konto centrali nie jest skonfigurowane: brakuje pól %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="117"/>
        <source>Open Settings.</source>
        <translation>Otwórz ustawienia.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="130"/>
        <source>Use the system&apos;s keyring: GNOME Keyring or KWallet on Linux (a running, unlocked Secret Service), Credential Manager on Windows, Keychain on macOS.</source>
        <translation>Użyj systemowego magazynu haseł: GNOME Keyring lub KWallet w Linuksie (działająca, odblokowana usługa Secret Service), Menedżer poświadczeń w Windows, Pęk kluczy w macOS.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="138"/>
        <source>No keyring is available to keep secrets.</source>
        <translation>Brak magazynu haseł, w którym można przechować sekrety.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="144"/>
        <source>The keyring found, %1, is not safe for secrets: dialdesk will not use it.</source>
        <translation>Znaleziony magazyn haseł, %1, nie jest bezpieczny dla sekretów: dialdesk go nie użyje.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="153"/>
        <source>The keyring did not answer within %1 s. It may be waiting for you to unlock it: unlock it and try again.</source>
        <translation>Magazyn haseł nie odpowiedział w ciągu %1 s. Może czeka na odblokowanie: odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="161"/>
        <source>The keyring is locked. Unlock it (log in again, or open your password manager) and try again.</source>
        <translation>Magazyn haseł jest zablokowany. Odblokuj go (zaloguj się ponownie albo otwórz menedżera haseł) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="169"/>
        <source>The keyring failed (%1).</source>
        <translation>Błąd magazynu haseł (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="95"/>
        <source>No %4 is stored in the keyring for this account. Enter it in Settings.</source>
        <translation>W magazynie haseł nie ma zapisanego %4 dla tego konta. Wpisz je w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="98"/>
        <source>The CA bundle file %5 does not exist.</source>
        <translation>Plik certyfikatów CA %5 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="104"/>
        <source>The PBX is receiving too many requests. Try again in %1 s.</source>
        <translation>Centrala otrzymuje zbyt wiele żądań. Spróbuj ponownie za %1 s.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="108"/>
        <source>The PBX is receiving too many requests. Try again in a moment.</source>
        <translation>Centrala otrzymuje zbyt wiele żądań. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="97"/>
        <source>The PBX (%1) did not finish answering within %6 s.</source>
        <translation>Centrala (%1) nie skończyła odpowiadać w ciągu %6 s.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="101"/>
        <source>The secure connection to %1 was not set up: the server never completed the handshake. Nothing was sent, so nothing was placed.</source>
        <translation>Nie nawiązano bezpiecznego połączenia z %1: serwer nie dokończył uzgadniania TLS. Nic nie zostało wysłane, więc nic nie zostało zlecone.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="103"/>
        <source>The PBX's answer could not be read.</source>
        <translation>Nie udało się odczytać odpowiedzi centrali.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="106"/>
        <source>The %4 stored for this account cannot be sent to the PBX (it holds a line break or a character an HTTP header cannot carry). Nothing was sent. Enter it again in Settings.</source>
        <translation>Zapisanego dla tego konta sekretu %4 nie da się wysłać do centrali (zawiera złamanie wiersza albo znak, którego nie przeniesie nagłówek HTTP). Nic nie zostało wysłane. Wpisz go ponownie w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="110"/>
        <source>The API user contains a colon or a control character, which HTTP Basic auth cannot carry. Nothing was sent.</source>
        <translation>Nazwa użytkownika API zawiera dwukropek lub znak sterujący, których nie przeniesie uwierzytelnianie HTTP Basic. Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="138"/>
        <source>API key</source>
        <translation>klucz API</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="74"/>
        <source>password</source>
        <translation>hasło</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="145"/>
        <source>The %1 is empty.</source>
        <translation>Pole „%1” jest puste.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="147"/>
        <source>The %1 holds characters that are not text (character %2).</source>
        <translation>Pole „%1” zawiera znaki, które nie są tekstem (znak %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="151"/>
        <source>The %1 contains a control character (a line break, tab or similar) at position %2, which cannot be sent to the PBX.</source>
        <translation>Pole „%1” zawiera znak sterujący (złamanie wiersza, tabulator lub podobny) na pozycji %2; takiego znaku nie da się wysłać do centrali.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="155"/>
        <source>The API key can hold only letters, digits and punctuation of plain ASCII; character %2 is not one.</source>
        <translation>Klucz API może zawierać tylko litery, cyfry i znaki interpunkcyjne ASCII; znak %2 do nich nie należy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="158"/>
        <source>The API key starts or ends with a space, which a header drops.</source>
        <translation>Klucz API zaczyna się lub kończy spacją, którą nagłówek HTTP pomija.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="163"/>
        <source>Nothing was stored.</source>
        <translation>Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="171"/>
        <source>The call history is in use by another program. Nothing was sent; try again in a moment.</source>
        <translation>Historia połączeń jest używana przez inny program. Nic nie zostało wysłane; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/errors.py" line="174"/>
        <source>The call history cannot be used, so nothing was sent. Details: %1</source>
        <translation>Nie można użyć historii połączeń, więc nic nie zostało wysłane. Szczegóły: %1</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="35"/>
        <source>Emergency numbers are blocked in dialdesk: dial them from your phone directly.</source>
        <translation>Numery alarmowe są w dialdesk zablokowane: wybierz je bezpośrednio na telefonie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="39"/>
        <source>This is an emergency number.</source>
        <translation>To numer alarmowy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="40"/>
        <source>Premium-rate numbers are blocked by your settings.</source>
        <translation>Numery o podwyższonej opłacie są zablokowane w ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="43"/>
        <source>This is a premium-rate number: the call may be expensive.</source>
        <translation>To numer o podwyższonej opłacie: połączenie może być drogie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="46"/>
        <source>You called %1 moments ago; wait %2 s before doing it again.</source>
        <translation>Przed chwilą dzwoniono na %1; odczekaj %2 s, zanim zadzwonisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="49"/>
        <source>You sent this for %1 moments ago; wait %2 s before doing it again.</source>
        <translation>Przed chwilą wysłano to samo dla %1; odczekaj %2 s, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="52"/>
        <source>Links may place at most %1 calls a minute: this one was not dialed on its own. Dial it yourself if you want it.</source>
        <translation>Z linków można wykonać najwyżej %1 połączeń na minutę: tego numeru nie wybrano automatycznie. Jeśli trzeba, zadzwoń sam.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="55"/>
        <source>This number came from a link.</source>
        <translation>Ten numer pochodzi z linku.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="68"/>
        <source>fixed line</source>
        <translation>stacjonarny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="69"/>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="70"/>
        <source>fixed line or mobile</source>
        <translation>stacjonarny lub komórkowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="71"/>
        <source>toll-free</source>
        <translation>bezpłatny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="72"/>
        <source>premium rate</source>
        <translation>o podwyższonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="73"/>
        <source>shared cost</source>
        <translation>o współdzielonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="74"/>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="75"/>
        <source>personal number</source>
        <translation>numer osobisty</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="76"/>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="77"/>
        <source>company number</source>
        <translation>numer firmowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/wording.py" line="78"/>
        <source>voicemail</source>
        <translation>poczta głosowa</translation>
    </message>
</context>
<context>
    <name>MessageSlot</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/messages.py" line="37"/>
        <source>Call anyway</source>
        <translation>Zadzwoń mimo to</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/messages.py" line="38"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/messages.py" line="58"/>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/messages.py" line="60"/>
        <source>Copy the error, the PBX&apos;s messages and the request id, for support</source>
        <translation>Kopiuje błąd, komunikaty centrali i identyfikator żądania dla wsparcia technicznego</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/messages.py" line="63"/>
        <source>Open Settings</source>
        <translation>Otwórz ustawienia</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>is the same as the other shortcut</source>
        <translation>jest taki sam jak drugi skrót</translation>
    </message>
    <message>
        <source>needs Ctrl, Alt or Meta: a plain key would be taken from every program</source>
        <translation>wymaga Ctrl, Alt lub Meta: sam klawisz zostałby odebrany wszystkim programom</translation>
    </message>
    <message>
        <source>uses a key a global shortcut cannot use: %1</source>
        <translation>używa klawisza, którego globalny skrót nie może użyć: %1</translation>
    </message>
    <message>
        <source>has an unknown modifier: %1</source>
        <translation>ma nieznany modyfikator: %1</translation>
    </message>
    <message>
        <source>must be a key combination, e.g. Ctrl+Alt+P</source>
        <translation>musi być kombinacją klawiszy, np. Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>must be one key combination</source>
        <translation>musi być jedną kombinacją klawiszy</translation>
    </message>
    <message>
        <source>Select a number in any program and press this: the number goes into the dial box, ready for Enter (it is never dialed on its own). Empty turns it off.</source>
        <translation>Zaznacz numer w dowolnym programie i naciśnij ten skrót: numer trafi do okna wybierania, gotowy na Enter (nigdy nie jest wybierany sam). Puste pole wyłącza skrót.</translation>
    </message>
    <message>
        <source>Opens the dial box from any program; pressed again, hides it. Click the field and press the keys; empty turns it off.</source>
        <translation>Otwiera okno wybierania z dowolnego programu; naciśnięty ponownie, chowa je. Kliknij pole i naciśnij klawisze; puste pole wyłącza skrót.</translation>
    </message>
    <message>
        <source>Longest wait in seconds for one PBX request, from connecting to the last byte of the answer. After it the outcome is unknown: check your phone before trying again.</source>
        <translation>Najdłuższe oczekiwanie w sekundach na jedno żądanie do centrali, od połączenia do ostatniego bajtu odpowiedzi. Po nim wynik jest nieznany: sprawdź telefon, zanim spróbujesz ponownie.</translation>
    </message>
    <message>
        <source>Numbers of the right length in a range dialdesk does not know (number plans change faster than its data): ask first (dial them after a warning) or block.</source>
        <translation>Numery o właściwej długości z zakresu, którego dialdesk nie zna (plany numeracji zmieniają się szybciej niż jego dane): pytaj najpierw (dzwoń po ostrzeżeniu) albo blokuj.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="94"/>
        <source>Which PBX to talk to: the sandbox (simulated calls, no account needed), Thulium or Simotel.</source>
        <translation>Z którą centralą rozmawiać: piaskownica (połączenia symulowane, konto niepotrzebne), Thulium lub Simotel.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="99"/>
        <source>PBX address. Thulium: https://ACCOUNT.thulium.com/api/ (the account name alone is enough). Simotel: the PBX&apos;s own address.</source>
        <translation>Adres centrali. Thulium: https://KONTO.thulium.com/api/ (wystarczy sama nazwa konta). Simotel: własny adres centrali.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="104"/>
        <source>API user (Thulium) or API account (Simotel). Its password and API key are kept in the system keyring, never in the settings file.</source>
        <translation>Użytkownik API (Thulium) lub konto API (Simotel). Hasło i klucz API są przechowywane w systemowym magazynie haseł, nigdy w pliku ustawień.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="109"/>
        <source>Your phone: Thulium SIP number or Simotel caller extension. It rings first.</source>
        <translation>Twój telefon: numer SIP w Thulium lub numer wewnętrzny w Simotel. Dzwoni jako pierwszy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="112"/>
        <source>Check the server&apos;s TLS certificate. Keep it on; for a private certificate authority set the CA bundle file instead.</source>
        <translation>Sprawdzaj certyfikat TLS serwera. Nie wyłączaj; przy prywatnym urzędzie certyfikacji ustaw zamiast tego plik pakietu CA.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="117"/>
        <source>Path to a PEM file of CA certificates to trust (for a PBX with a private certificate).</source>
        <translation>Ścieżka do pliku PEM z zaufanymi certyfikatami CA (dla centrali z prywatnym certyfikatem).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="122"/>
        <source>Dial plan context for the first leg.</source>
        <translation>Kontekst planu wybierania dla pierwszego odcinka połączenia.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="125"/>
        <source>Caller id to present (empty: your extension).</source>
        <translation>Prezentowany numer dzwoniącego (puste: Twój numer wewnętrzny).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="128"/>
        <source>Trunk for the first leg when your phone is an outside number.</source>
        <translation>Łącze dla pierwszego odcinka, gdy Twój telefon jest numerem zewnętrznym.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="131"/>
        <source>Seconds the PBX waits for your phone to answer.</source>
        <translation>Ile sekund centrala czeka, aż odbierzesz telefon.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="134"/>
        <source>Longest call in seconds (0: no limit).</source>
        <translation>Najdłuższe połączenie w sekundach (0: bez limitu).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="137"/>
        <source>Your country: numbers without a country code are read as numbers of this country.</source>
        <translation>Twój kraj: numery bez kierunkowego kraju są traktowane jako numery tego kraju.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="141"/>
        <source>What is sent to the PBX: as dialed from your country, international (+48221234567), international digits, or national.</source>
        <translation>Co trafia do centrali: numer wybierany z Twojego kraju, międzynarodowy (+48221234567), cyfry międzynarodowe lub krajowy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="146"/>
        <source>Digits your PBX needs before an outside number (e.g. 0). Never added to extensions.</source>
        <translation>Cyfry, których centrala wymaga przed numerem zewnętrznym (np. 0). Nigdy nie są dodawane do numerów wewnętrznych.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="150"/>
        <source>Digit strings up to this long are internal extensions, dialed as typed.</source>
        <translation>Ciągi cyfr do tej długości to numery wewnętrzne, wybierane tak, jak wpisano.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="153"/>
        <source>Ask before dialing a number from a tel: or callto: link.</source>
        <translation>Pytaj przed wybraniem numeru z linku tel: lub callto:.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="156"/>
        <source>Premium-rate numbers: ask first, block or allow.</source>
        <translation>Numery o podwyższonej opłacie: pytaj najpierw, blokuj lub zezwalaj.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="159"/>
        <source>Emergency numbers (112, 997…): block, or allow after a confirmation.</source>
        <translation>Numery alarmowe (112, 997…): blokuj albo zezwalaj po potwierdzeniu.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="163"/>
        <source>Refuse the same number again within this many seconds (a double click is one call). 0 turns it off.</source>
        <translation>Odmawiaj ponownego wybrania tego samego numeru przez tyle sekund (podwójne kliknięcie to jedno połączenie). 0 wyłącza.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="168"/>
        <source>At most this many calls from links per minute, so a runaway web page cannot dial on its own.</source>
        <translation>Najwyżej tyle połączeń z linków na minutę, aby wadliwa strona nie mogła dzwonić sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="173"/>
        <source>Default queue for scheduled callbacks.</source>
        <translation>Domyślna kolejka dla zaplanowanych oddzwonień.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="176"/>
        <source>Default campaign (five characters, e.g. 00001).</source>
        <translation>Domyślna kampania (pięć znaków, np. 00001).</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="179"/>
        <source>Your Thulium agent login: the default owner of campaign records you add.</source>
        <translation>Twój login agenta w Thulium: domyślny właściciel dodawanych rekordów kampanii.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="183"/>
        <source>Queues for callbacks: an id and a name each.</source>
        <translation>Kolejki do oddzwonień: każda z identyfikatorem i nazwą.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="186"/>
        <source>Outbound campaigns: an id (five characters) and a name each.</source>
        <translation>Kampanie wychodzące: każda z identyfikatorem (pięć znaków) i nazwą.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="189"/>
        <source>Dictionary statuses: an id and a name each.</source>
        <translation>Statusy słownikowe: każdy z identyfikatorem i nazwą.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="192"/>
        <source>Record statuses of campaigns: an id, a name and, where it matters, the system status MY_RECORD or CALL_NO_SOONER_THAN.</source>
        <translation>Statusy rekordów kampanii: identyfikator, nazwa i, gdy ma to znaczenie, status systemowy MY_RECORD lub CALL_NO_SOONER_THAN.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="197"/>
        <source>Dictionary status ids offered as one-click buttons after a call, e.g. 3, 8.</source>
        <translation>Identyfikatory statusów słownikowych dostępne po połączeniu jako przyciski, np. 3, 8.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="201"/>
        <source>Language of the app and of PBX error messages: as the system, English or Polish.</source>
        <translation>Język aplikacji i komunikatów błędów centrali: jak w systemie, angielski lub polski.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="205"/>
        <source>How much goes to the log file.</source>
        <translation>Ile informacji trafia do pliku dziennika.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="220"/>
        <source>must be on or off</source>
        <translation>musi być włączone lub wyłączone</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="224"/>
        <source>must be a whole number</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="228"/>
        <source>must be at least %1</source>
        <translation>musi wynosić co najmniej %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="232"/>
        <source>must be at most %1</source>
        <translation>musi wynosić najwyżej %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="234"/>
        <source>must be a list</source>
        <translation>musi być listą</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="235"/>
        <source>must be text</source>
        <translation>musi być tekstem</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="238"/>
        <source>must be one of %1</source>
        <translation>musi być jednym z: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="242"/>
        <source>must be an account name (acme), or a web address starting with https:// (or http:// for a PBX on your network)</source>
        <translation>musi być nazwą konta (acme) lub adresem zaczynającym się od https:// (albo http:// dla centrali w sieci lokalnej)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="250"/>
        <source>must not contain a user or password: type the user in API user; the password goes to the keyring</source>
        <translation>nie może zawierać użytkownika ani hasła: użytkownika wpisz w polu Użytkownik API, hasło trafia do magazynu haseł</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="258"/>
        <source>must be a two-letter country code, e.g. PL</source>
        <translation>musi być dwuliterowym kodem kraju, np. PL</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="262"/>
        <source>must contain digits only</source>
        <translation>może zawierać tylko cyfry</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="264"/>
        <source>must be digits</source>
        <translation>musi składać się z cyfr</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="267"/>
        <source>must be up to 4 digits, * or #</source>
        <translation>może mieć najwyżej 4 znaki: cyfry, * lub #</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="271"/>
        <source>must be a five-character campaign id, e.g. 00001</source>
        <translation>musi być pięcioznakowym identyfikatorem kampanii, np. 00001</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="277"/>
        <source>row %1 needs an id and a name</source>
        <translation>wiersz %1 wymaga identyfikatora i nazwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="281"/>
        <source>row %1 has unknown columns: %2</source>
        <translation>wiersz %1 ma nieznane kolumny: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="285"/>
        <source>row %1 needs both an id and a name</source>
        <translation>wiersz %1 wymaga zarówno identyfikatora, jak i nazwy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="289"/>
        <source>row %1: the id %2 is listed twice</source>
        <translation>wiersz %1: identyfikator %2 występuje dwa razy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="293"/>
        <source>row %1: the id must be digits</source>
        <translation>wiersz %1: identyfikator musi składać się z cyfr</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="297"/>
        <source>row %1: the id must be a five-character campaign id, e.g. 00001</source>
        <translation>wiersz %1: identyfikator musi być pięcioznakowym identyfikatorem kampanii, np. 00001</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="303"/>
        <source>row %1: the system status must be one of %2</source>
        <translation>wiersz %1: status systemowy musi być jednym z: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="307"/>
        <source>must list dictionary status ids (digits), not %1</source>
        <translation>musi zawierać identyfikatory statusów słownikowych (cyfry), a nie %1</translation>
    </message>
</context>
<context>
    <name>QuickStatuses</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/quick.py" line="41"/>
        <source>Mark %1:</source>
        <translation>Oznacz %1:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="206"/>
        <source>Schedule a callback</source>
        <translation>Zaplanuj oddzwonienie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="211"/>
        <source>queue</source>
        <translation>kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="218"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="219"/>
        <source>Call at</source>
        <translation>Zadzwoń o</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="229"/>
        <source>Choose a queue.</source>
        <translation>Wybierz kolejkę.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="231"/>
        <source>That time has passed: choose a time from now on.</source>
        <translation>Ten czas już minął: wybierz późniejszy.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="242"/>
        <source>Queue %1 will call the number %2 at %3.</source>
        <translation>Kolejka %1 zadzwoni pod numer %2 o %3.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Shortcut: dial the selected text</source>
        <translation>Skrót: wybierz zaznaczony tekst</translation>
    </message>
    <message>
        <source>Shortcut: dial box</source>
        <translation>Skrót: okno wybierania</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="71"/>
        <source>dialdesk settings</source>
        <translation>Ustawienia dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="88"/>
        <source>Welcome to dialdesk. Until you save a PBX account here, dialdesk uses its built-in sandbox: calls are simulated, so you can try everything safely.</source>
        <translation>Witaj w dialdesk. Dopóki nie zapiszesz tu konta centrali, dialdesk używa wbudowanej piaskownicy: połączenia są symulowane, więc możesz bezpiecznie wszystko wypróbować.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="97"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="98"/>
        <source>Dialing</source>
        <translation>Wybieranie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="57"/>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="99"/>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="100"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="122"/>
        <source>Start dialdesk when I log in</source>
        <translation>Uruchamiaj dialdesk po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="137"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="139"/>
        <source>Checks the address and credentials; never places a call or changes data.</source>
        <translation>Sprawdza adres i dane logowania; nigdy nie dzwoni ani nie zmienia danych.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="17"/>
        <source>PBX</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="18"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="19"/>
        <source>API user</source>
        <translation>Użytkownik API</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="20"/>
        <source>Your SIP number / extension</source>
        <translation>Twój numer SIP / wewnętrzny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="23"/>
        <source>Check TLS certificate</source>
        <translation>Sprawdzaj certyfikat TLS</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="24"/>
        <source>CA bundle file</source>
        <translation>Plik certyfikatów CA</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="150"/>
        <source>Longest wait for the PBX (s)</source>
        <translation>Najdłuższe oczekiwanie na centralę (s)</translation>
    </message>
    <message>
        <source>Numbers in unknown ranges</source>
        <translation>Numery z nieznanych zakresów</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="150"/>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="25"/>
        <source>Simotel context</source>
        <translation>Kontekst Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="26"/>
        <source>Simotel caller id</source>
        <translation>Identyfikator dzwoniącego Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="27"/>
        <source>Simotel trunk</source>
        <translation>Trunk Simotel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="28"/>
        <source>Simotel answer timeout (s)</source>
        <translation>Czas na odebranie Simotel (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="31"/>
        <source>Simotel call limit (s)</source>
        <translation>Limit długości połączenia Simotel (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="34"/>
        <source>Your country</source>
        <translation>Twój kraj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="35"/>
        <source>Number format sent</source>
        <translation>Format wysyłanego numeru</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="36"/>
        <source>Outside line prefix</source>
        <translation>Prefiks wyjścia na miasto</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="39"/>
        <source>Extension length (digits)</source>
        <translation>Długość numeru wewnętrznego (cyfry)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="42"/>
        <source>Ask before calling from a link</source>
        <translation>Pytaj przed dzwonieniem z linku</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="45"/>
        <source>Premium-rate numbers</source>
        <translation>Numery o podwyższonej opłacie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="46"/>
        <source>Emergency numbers</source>
        <translation>Numery alarmowe</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="47"/>
        <source>Same number again after (s)</source>
        <translation>Ten sam numer ponownie po (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="50"/>
        <source>Link calls per minute</source>
        <translation>Połączeń z linków na minutę</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="53"/>
        <source>Default queue id</source>
        <translation>Domyślna kolejka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="54"/>
        <source>Default campaign id</source>
        <translation>Domyślna kampania</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="55"/>
        <source>Your agent login</source>
        <translation>Twój login agenta</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="56"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="58"/>
        <source>Dictionary statuses</source>
        <translation>Statusy słownikowe</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="59"/>
        <source>Record statuses</source>
        <translation>Statusy rekordów</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="60"/>
        <source>Quick status buttons</source>
        <translation>Przyciski szybkich statusów</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="63"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="64"/>
        <source>Log level</source>
        <translation>Poziom dziennika</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="74"/>
        <source>Sandbox (simulated calls)</source>
        <translation>Piaskownica (połączenia symulowane)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="77"/>
        <source>as dialed from your country</source>
        <translation>jak wybierany z Twojego kraju</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="78"/>
        <source>international, +48221234567</source>
        <translation>międzynarodowy, +48221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="79"/>
        <source>international digits, 48221234567</source>
        <translation>międzynarodowy bez plusa, 48221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="82"/>
        <source>national, 221234567</source>
        <translation>krajowy, 221234567</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="83"/>
        <source>ask first</source>
        <translation>pytaj najpierw</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="84"/>
        <source>block</source>
        <translation>blokuj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="85"/>
        <source>allow</source>
        <translation>zezwalaj</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/option_words.py" line="86"/>
        <source>as the system</source>
        <translation>jak w systemie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_fields.py" line="24"/>
        <source>status ids, e.g. 3, 8</source>
        <translation>identyfikatory statusów, np. 3, 8</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_fields.py" line="30"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_fields.py" line="31"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_fields.py" line="35"/>
        <source>System status</source>
        <translation>Status systemowy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="175"/>
        <source>Set by your administrator.</source>
        <translation>Ustawione przez administratora.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="193"/>
        <source>API password</source>
        <translation>Hasło API</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="193"/>
        <source>API key (Simotel)</source>
        <translation>Klucz API (Simotel)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="197"/>
        <source>checking the keyring…</source>
        <translation>sprawdzanie magazynu haseł…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="245"/>
        <source>Fix the fields marked in red first: %1.</source>
        <translation>Najpierw popraw pola zaznaczone na czerwono: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="340"/>
        <source>Some fields here need fixing.</source>
        <translation>Niektóre pola tutaj wymagają poprawienia.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="381"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="382"/>
        <source>Throw away the changes you made in Settings?</source>
        <translation>Odrzucić zmiany wprowadzone w ustawieniach?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="119"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Najpierw popraw pola oznaczone na czerwono.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings.py" line="289"/>
        <source>For example:</source>
        <translation>Na przykład:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="75"/>
        <source>Secrets cannot be stored: see above.</source>
        <translation>Nie można zapisać haseł: zobacz powyżej.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="81"/>
        <source>keyring unavailable</source>
        <translation>magazyn haseł niedostępny</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="89"/>
        <source>Secrets are kept in: %1</source>
        <translation>Hasła są przechowywane w: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="94"/>
        <source>Keyring: %1. Secrets are never written to the settings file.</source>
        <translation>Magazyn haseł: %1. Hasła nigdy nie trafiają do pliku ustawień.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="109"/>
        <source>stored; type to replace</source>
        <translation>zapisane; wpisz, aby zmienić</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="111"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="137"/>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="145"/>
        <source>the sandbox answered; its calls are simulated.</source>
        <translation>piaskownica odpowiedziała; jej połączenia są symulowane.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="149"/>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="154"/>
        <source>TLS problem: %1</source>
        <translation>Problem z TLS: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="158"/>
        <source>Not reachable: %1</source>
        <translation>Brak połączenia: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="162"/>
        <source>Credentials refused: %1</source>
        <translation>Odrzucone dane logowania: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/settings_io.py" line="203"/>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="385"/>
        <source>No campaign has %1 as its main number: nothing changed.</source>
        <translation>Żadna kampania nie ma %1 jako numeru głównego: nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="391"/>
        <source>Status %1 set for %2 in campaigns %3.</source>
        <translation>Ustawiono status %1 dla %2 w kampaniach %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="401"/>
        <source>Set the campaign status</source>
        <translation>Ustaw status w kampanii</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="405"/>
        <source>status</source>
        <translation>statusu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="406"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="408"/>
        <source>Sets the status of every campaign record whose main number is this one.</source>
        <translation>Ustawia status każdego rekordu kampanii, którego głównym numerem jest ten numer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/actions.py" line="415"/>
        <source>Choose a status.</source>
        <translation>Wybierz status.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="40"/>
        <source>Dial…</source>
        <translation>Wybierz numer…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="41"/>
        <source>Dial from clipboard</source>
        <translation>Zadzwoń ze schowka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="42"/>
        <source>Recent</source>
        <translation>Ostatnie</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="43"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="44"/>
        <source>Pause link handling</source>
        <translation>Wstrzymaj obsługę linków</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="46"/>
        <source>About dialdesk</source>
        <translation>O programie dialdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="47"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="117"/>
        <source>Dial from clipboard (no number)</source>
        <translation>Zadzwoń ze schowka (brak numeru)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialdesk/ui/tray.py" line="122"/>
        <source>Dial %1 from clipboard</source>
        <translation>Zadzwoń pod numer %1 ze schowka</translation>
    </message>
</context>
<context>
    <name>GlobalShortcuts</name>
    <message>
        <source>To read the selected text, allow dialdesk in System Settings → Privacy &amp; Security → Accessibility. Until then it reads what you copied.</source>
        <translation>Aby odczytać zaznaczony tekst, zezwól dialdesk w Ustawieniach systemowych → Prywatność i ochrona → Dostępność. Do tego czasu odczytuje to, co skopiowano.</translation>
    </message>
    <message>
        <source>no global shortcuts portal: %1</source>
        <translation>brak portalu globalnych skrótów: %1</translation>
    </message>
    <message>
        <source>The desktop did not allow dialdesk&apos;s shortcuts (%1). Allow them in the desktop&apos;s shortcut settings, or make its own shortcut run “dialdesk --show” or “dialdesk --dial-selection”.</source>
        <translation>Pulpit nie zezwolił na skróty dialdesk (%1). Zezwól na nie w ustawieniach skrótów pulpitu albo ustaw w nich własny skrót uruchamiający „dialdesk --show” lub „dialdesk --dial-selection”.</translation>
    </message>
    <message>
        <source>Dial the selected number with dialdesk</source>
        <translation>Wybierz zaznaczony numer w dialdesk</translation>
    </message>
    <message>
        <source>Open the dialdesk dial box</source>
        <translation>Otwórz okno wybierania dialdesk</translation>
    </message>
    <message>
        <source>Nothing is selected: select a number in any window, then press the shortcut again.</source>
        <translation>Nic nie jest zaznaczone: zaznacz numer w dowolnym oknie i naciśnij skrót ponownie.</translation>
    </message>
    <message>
        <source>No phone number in the selected text: “%1”</source>
        <translation>W zaznaczonym tekście nie ma numeru telefonu: „%1”</translation>
    </message>
    <message>
        <source>Global shortcuts are not available here (%1). The dial box stays one tray click away; or make the desktop&apos;s own keyboard shortcut run “dialdesk --show” or “dialdesk --dial-selection”.</source>
        <translation>Globalne skróty nie są tu dostępne (%1). Okno wybierania jest jedno kliknięcie w zasobniku stąd; możesz też ustawić w skrótach klawiszowych pulpitu polecenie „dialdesk --show” lub „dialdesk --dial-selection”.</translation>
    </message>
    <message>
        <source>The shortcut %1 cannot be used here.</source>
        <translation>Skrótu %1 nie można tu użyć.</translation>
    </message>
    <message>
        <source>The shortcut %1 is taken by another program: choose another in Settings → General.</source>
        <translation>Skrót %1 jest zajęty przez inny program: wybierz inny w Ustawieniach → Ogólne.</translation>
    </message>
</context>
</TS>
