<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignmentTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="42"/>
        <source>Add &amp;scoring stage</source>
        <translation>Добавить &amp;этап оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="43"/>
        <source>Add a stage in which evaluators score ideas on criteria</source>
        <translation>Добавить этап, на котором эксперты оценивают идеи по критериям</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="44"/>
        <source>This contest has no scoring stage yet. Add one to assign evaluators.</source>
        <translation>В этом конкурсе ещё нет этапа оценки. Добавьте его, чтобы назначить экспертов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="51"/>
        <source>Evaluators</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="53"/>
        <source>Assign to selected ideas</source>
        <translation>Назначить на выбранные идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="55"/>
        <source>Every checked evaluator gets every idea selected in the Ideas tab (Ctrl+Enter)</source>
        <translation>Каждый отмеченный эксперт получает все идеи, выбранные на вкладке «Идеи» (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="73"/>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="77"/>
        <source>Selected ideas (choose them in the Ideas tab)</source>
        <translation>Выбранные идеи (выберите их на вкладке «Идеи»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="79"/>
        <source>Evaluators to assign</source>
        <translation>Назначаемые эксперты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="87"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="124"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="130"/>
        <source>%1 — ideas with evaluators: %2 of %3</source>
        <translation>%1 — идей с экспертами: %2 из %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="133"/>
        <source>No stage yet.</source>
        <translation>Этапов пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="151"/>
        <source>%1 (%n idea(s) in this stage)</source>
        <translation>
            <numerusform>%1 (%n идея на этом этапе)</numerusform>
            <numerusform>%1 (%n идеи на этом этапе)</numerusform>
            <numerusform>%1 (%n идей на этом этапе)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="172"/>
        <source>%n idea(s) selected in the Ideas tab.</source>
        <translation>
            <numerusform>На вкладке «Идеи» выбрана %n идея.</numerusform>
            <numerusform>На вкладке «Идеи» выбраны %n идеи.</numerusform>
            <numerusform>На вкладке «Идеи» выбрано %n идей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="173"/>
        <source>Select ideas in the Ideas tab first.</source>
        <translation>Сначала выберите идеи на вкладке «Идеи».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="193"/>
        <source>The assignments could not be saved: %1</source>
        <translation>Не удалось сохранить назначения: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="197"/>
        <source>%n assignment(s) created</source>
        <translation>
            <numerusform>Создано %n назначение</numerusform>
            <numerusform>Создано %n назначения</numerusform>
            <numerusform>Создано %n назначений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="199"/>
        <source>No new assignments: the checked evaluators already have these ideas.</source>
        <translation>Новых назначений нет: у отмеченных экспертов уже есть эти идеи.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="67"/>
        <source>When (%1)</source>
        <translation>Когда (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="68"/>
        <source>When (this computer&apos;s time)</source>
        <translation>Когда (время этого компьютера)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>About</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="90"/>
        <source>system</source>
        <translation>система</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="37"/>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="48"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="49"/>
        <source>Refresh the audit log</source>
        <translation>Обновить журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="50"/>
        <source>Load &amp;older entries</source>
        <translation>Загрузить &amp;более ранние записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="51"/>
        <source>Load older audit log entries</source>
        <translation>Загрузить более ранние записи журнала аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="53"/>
        <source>Who did what in your organization: logins, contests, stages, criteria, assignments and user accounts. The log is kept on the server and cannot be changed; it needs a connection.</source>
        <translation>Кто что сделал в вашей организации: входы, конкурсы, этапы, критерии, назначения и учётные записи. Журнал хранится на сервере и не может быть изменён; для просмотра нужно подключение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="92"/>
        <source>Reading the audit log from the server…</source>
        <translation>Журнал аудита загружается с сервера…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="105"/>
        <source>The audit log could not be read: %1 Try Refresh when the server can be reached.</source>
        <translation>Не удалось прочитать журнал аудита: %1 Нажмите «Обновить», когда сервер станет доступен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="119"/>
        <source>The log is empty: nothing has been recorded for your organization yet.</source>
        <translation>Журнал пуст: для вашей организации пока ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="122"/>
        <source>The newest %n entries; load older ones below.</source>
        <translation>
            <numerusform>Последняя %n запись; более ранние можно загрузить ниже.</numerusform>
            <numerusform>Последние %n записи; более ранние можно загрузить ниже.</numerusform>
            <numerusform>Последние %n записей; более ранние можно загрузить ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="125"/>
        <source>All %n entries.</source>
        <translation>
            <numerusform>Всего %n запись.</numerusform>
            <numerusform>Всего %n записи.</numerusform>
            <numerusform>Всего %n записей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="8"/>
        <source>logged in</source>
        <translation>вошёл в систему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="9"/>
        <source>failed to log in</source>
        <translation>не смог войти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="10"/>
        <source>created the organization</source>
        <translation>создал организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="11"/>
        <source>changed the organization</source>
        <translation>изменил организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="12"/>
        <source>approved the organization</source>
        <translation>одобрил организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="13"/>
        <source>rejected the organization</source>
        <translation>отклонил организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="14"/>
        <source>created a user account</source>
        <translation>создал учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="15"/>
        <source>changed a user account</source>
        <translation>изменил учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="16"/>
        <source>removed a user account</source>
        <translation>удалил учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="17"/>
        <source>created a contest</source>
        <translation>создал конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="18"/>
        <source>changed a contest</source>
        <translation>изменил конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="19"/>
        <source>deleted a contest</source>
        <translation>удалил конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="20"/>
        <source>added a stage</source>
        <translation>добавил этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="21"/>
        <source>changed a stage</source>
        <translation>изменил этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="22"/>
        <source>deleted a stage</source>
        <translation>удалил этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="23"/>
        <source>added a criterion</source>
        <translation>добавил критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="24"/>
        <source>changed a criterion</source>
        <translation>изменил критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="25"/>
        <source>deleted a criterion</source>
        <translation>удалил критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="26"/>
        <source>assigned an evaluator</source>
        <translation>назначил эксперта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="27"/>
        <source>changed an assignment</source>
        <translation>изменил назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="28"/>
        <source>removed an assignment</source>
        <translation>отменил назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="29"/>
        <source>recorded a stage decision</source>
        <translation>записал решение по этапу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="30"/>
        <source>changed a stage decision</source>
        <translation>изменил решение по этапу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="31"/>
        <source>reset a stage&apos;s scores</source>
        <translation>сбросил оценки этапа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="32"/>
        <source>started implementation tracking</source>
        <translation>начал отслеживать реализацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="33"/>
        <source>updated implementation progress</source>
        <translation>обновил ход реализации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="34"/>
        <source>declared a conflict of interest</source>
        <translation>заявил о конфликте интересов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="35"/>
        <source>an e-mail could not be delivered</source>
        <translation>письмо не удалось доставить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="39"/>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="40"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="41"/>
        <source>contest</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="42"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="43"/>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="44"/>
        <source>assignment</source>
        <translation>назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="45"/>
        <source>e-mail</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="46"/>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="47"/>
        <source>score reset</source>
        <translation>сброс оценок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="48"/>
        <source>implementation</source>
        <translation>реализация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="49"/>
        <source>conflict of interest</source>
        <translation>конфликт интересов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="68"/>
        <source>%1 after %2 attempts</source>
        <translation>%1, после %2 попыток</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="82"/>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
</context>
<context>
    <name>AuthorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="50"/>
        <source>You have not sent any ideas yet. Press Ctrl+N to write one.</source>
        <translation>Вы ещё не отправили ни одной идеи. Нажмите Ctrl+N, чтобы написать идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="58"/>
        <source>New idea</source>
        <translation>Новая идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="59"/>
        <source>Write a new idea (Ctrl+N)</source>
        <translation>Написать новую идею (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="67"/>
        <source>My ideas</source>
        <translation>Мои идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="144"/>
        <source>Your idea “%1” was not accepted: %2</source>
        <translation>Ваша идея «%1» не принята: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="147"/>
        <source>Your idea “%1” was received. Its tracking code is %2 — keep it to follow your idea.</source>
        <translation>Ваша идея «%1» получена. Её код отслеживания — %2; сохраните его, чтобы следить за идеей.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="151"/>
        <source>Your idea “%1” is saved on this computer and will be sent as soon as the server can be reached. Its tracking code will appear here then.</source>
        <translation>Ваша идея «%1» сохранена на этом компьютере и будет отправлена, как только сервер станет доступен. Тогда здесь появится её код отслеживания.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="58"/>
        <source>%1: numbers</source>
        <translation>%1: числа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="70"/>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show numbers</source>
        <translation>Показать числа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="72"/>
        <source>Show the numbers of %1</source>
        <translation>Показать числа: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="73"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="74"/>
        <source>Save the chart %1 as a PNG picture</source>
        <translation>Сохранить диаграмму «%1» как рисунок PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="75"/>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="76"/>
        <source>Save the numbers of %1 as a CSV file</source>
        <translation>Сохранить числа «%1» в файл CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show chart</source>
        <translation>Показать диаграмму</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>Save chart as PNG</source>
        <translation>Сохранить диаграмму как PNG</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>PNG pictures (*.png)</source>
        <translation>Рисунки PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="150"/>
        <source>Save numbers as CSV</source>
        <translation>Сохранить числа как CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="63"/>
        <source>Check my idea</source>
        <translation>Проверить мою идею</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="64"/>
        <source>Type the tracking code you received, for example %1.</source>
        <translation>Введите полученный код отслеживания, например %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="66"/>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="68"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="69"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="78"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="79"/>
        <source>This is not a valid tracking code. A code has ten letters and digits, for example %1.</source>
        <translation>Это неверный код. Код состоит из десяти букв и цифр, например %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="81"/>
        <source>No idea has this code.</source>
        <translation>Идеи с таким кодом нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="82"/>
        <source>The kiosk is offline right now; please try again later.</source>
        <translation>Сейчас киоск не подключён к сети. Пожалуйста, попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="83"/>
        <source>Your idea is saved on this kiosk and will be sent as soon as the kiosk is online.</source>
        <translation>Ваша идея сохранена в этом киоске и будет отправлена, как только киоск подключится к сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="85"/>
        <source>The code could not be checked right now. Please try again later or ask a staff member.</source>
        <translation>Сейчас не удалось проверить код. Пожалуйста, попробуйте позже или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="94"/>
        <source>Received: your idea is waiting to be reviewed.</source>
        <translation>Получена: ваша идея ожидает рассмотрения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="95"/>
        <source>In review: experts are assessing your idea.</source>
        <translation>На рассмотрении: эксперты оценивают вашу идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="96"/>
        <source>Shortlisted: your idea has reached the next stage.</source>
        <translation>Отобрана: ваша идея прошла в следующий этап.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="97"/>
        <source>Selected: your idea was chosen. Thank you!</source>
        <translation>Выбрана: вашу идею выбрали. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="98"/>
        <source>Implemented: your idea was put into practice. Thank you!</source>
        <translation>Реализована: ваша идея воплощена в жизнь. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="99"/>
        <source>Not selected this time. Thank you for taking part.</source>
        <translation>На этот раз идея не выбрана. Спасибо за участие.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="100"/>
        <source>Withdrawn: this idea is no longer being considered.</source>
        <translation>Отозвана: эта идея больше не рассматривается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="102"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="107"/>
        <source>Idea: %1</source>
        <translation>Идея: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="108"/>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
</context>
<context>
    <name>CloseStageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="57"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="110"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="220"/>
        <source>Close stage</source>
        <translation>Закрыть этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="61"/>
        <source>Check who advances under the rule below. Nothing changes until you press Close stage; after that the stage takes no more scores and the decisions are recorded.</source>
        <translation>Проверьте, кто проходит по правилу ниже. Ничего не изменится, пока вы не нажмёте «Закрыть этап»; после этого этап больше не принимает оценки, а решения записываются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="66"/>
        <source>Advancement rule</source>
        <translation>Правило прохода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="69"/>
        <source>Number of ideas that advance</source>
        <translation>Число проходящих идей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="73"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="77"/>
        <source>Ideas of the stage</source>
        <translation>Идеи этапа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="87"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="116"/>
        <source>&amp;Rule</source>
        <translation>&amp;Правило</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="117"/>
        <source>Ideas that &amp;advance</source>
        <translation>&amp;Сколько идей проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="118"/>
        <source>&amp;Minimum score</source>
        <translation>&amp;Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="119"/>
        <source>R&amp;eason (recorded with the decisions)</source>
        <translation>&amp;Причина (записывается вместе с решениями)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="147"/>
        <source>The stage could not be read: %1</source>
        <translation>Не удалось прочитать этап: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="152"/>
        <source>Close stage “%1”</source>
        <translation>Закрыть этап «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="156"/>
        <source>Every evaluator finds every requirement met</source>
        <translation>Каждый эксперт признаёт все требования выполненными</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="157"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation>Большинство экспертов признаёт все требования выполненными</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="159"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation>N лучших идей (при равенстве на границе проходят все)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="160"/>
        <source>Every idea with at least a minimum score</source>
        <translation>Каждая идея не ниже минимального балла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="161"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation>Выбор организатора, с причиной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="210"/>
        <source>Set the stage&apos;s revision deadline first (Stages tab): authors must know by when to revise.</source>
        <translation>Сначала задайте срок доработки этапа (вкладка «Этапы»): авторы должны знать, до какого времени дорабатывать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="214"/>
        <source>The returned ideas go back to their authors with the evaluators&apos; suggestions; revisions are due by %1 (%2 time). The stage stays open and the revised ideas are checked again.</source>
        <translation>Возвращённые идеи уходят авторам с предложениями экспертов; доработки принимаются до %1 (время %2). Этап остаётся открытым, доработанные идеи проверяются снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="219"/>
        <source>Return for improvement</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="228"/>
        <source>Write the reason for your choice: it is recorded with the decisions.</source>
        <translation>Напишите причину вашего выбора: она записывается вместе с решениями.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="229"/>
        <source>Some ideas are not fully judged, so the rule cannot decide them: write why the stage closes without them.</source>
        <translation>Некоторые идеи оценены не полностью, и правило не может их решить: напишите, почему этап закрывается без них.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="235"/>
        <source>This stage has no ideas to decide on yet.</source>
        <translation>На этом этапе пока нет идей для решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="236"/>
        <source>%1 of %2 ideas advance.</source>
        <translation>Проходят %1 из %2 идей.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="240"/>
        <source>%n returned for improvement.</source>
        <translation>
            <numerusform>%n возвращается на доработку.</numerusform>
            <numerusform>%n возвращаются на доработку.</numerusform>
            <numerusform>%n возвращаются на доработку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="243"/>
        <source>%n do(es) not advance.</source>
        <translation>
            <numerusform>%n не проходит.</numerusform>
            <numerusform>%n не проходят.</numerusform>
            <numerusform>%n не проходят.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="245"/>
        <source>%n not fully judged: the rule cannot decide them.</source>
        <translation>
            <numerusform>%n идея оценена не полностью: правило не может её решить.</numerusform>
            <numerusform>%n идеи оценены не полностью: правило не может их решить.</numerusform>
            <numerusform>%n идей оценены не полностью: правило не может их решить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not fully scored: cannot advance by score.</source>
        <translation type="vanished">
            <numerusform>%n оценена не полностью: не может пройти по баллу.</numerusform>
            <numerusform>%n оценены не полностью: не могут пройти по баллу.</numerusform>
            <numerusform>%n оценены не полностью: не могут пройти по баллу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="252"/>
        <source>%n ideas tied at place %1 — all advance.</source>
        <translation>
            <numerusform>%n идея делит %1-е место — проходят все.</numerusform>
            <numerusform>%n идеи делят %1-е место — проходят все.</numerusform>
            <numerusform>%n идей делят %1-е место — проходят все.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="274"/>
        <source>The ideas could not be returned: %1</source>
        <translation>Не удалось вернуть идеи: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="284"/>
        <source>The stage could not be closed: %1</source>
        <translation>Не удалось закрыть этап: %1</translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Screening</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>advances</source>
        <translation>проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>does not advance</source>
        <translation>не проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="77"/>
        <source>returned for improvement</source>
        <translation>возвращена на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="99"/>
        <source>%1 of %2 evaluators: all requirements met</source>
        <translation>%1 из %2 экспертов: все требования выполнены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="102"/>
        <source>incomplete — not ranked</source>
        <translation>не завершено — без места</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="115"/>
        <source>Checked: the author gets the suggestions and may send a revision</source>
        <translation>Отмечено: автор получит предложения и сможет прислать доработанный вариант</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="116"/>
        <source>Checked: this idea advances</source>
        <translation>Отмечено: эта идея проходит</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="47"/>
        <source>Thank you! Your idea was received.</source>
        <translation>Спасибо! Ваша идея получена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="48"/>
        <source>Your tracking code:</source>
        <translation>Ваш код отслеживания:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="49"/>
        <source>Write down this code to follow your idea.</source>
        <translation>Запишите этот код, чтобы следить за своей идеей.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="50"/>
        <source>It will be sent as soon as the kiosk is online.</source>
        <translation>Она будет отправлена, как только киоск подключится к сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="51"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="52"/>
        <source>QR code of your tracking code</source>
        <translation>QR-код вашего кода отслеживания</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="20"/>
        <source>Declare conflict of interest</source>
        <translation>Заявить о конфликте интересов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="21"/>
        <source>You declare that you cannot judge “%1” impartially, for example because you know its author or gain from it. The idea is given to another evaluator and leaves your list; this cannot be withdrawn.</source>
        <translation>Вы заявляете, что не можете беспристрастно оценить «%1», например потому, что знаете автора или получаете от неё выгоду. Идея передаётся другому эксперту и уходит из вашего списка; это нельзя отозвать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="28"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="29"/>
        <source>The reason, seen by the organizer</source>
        <translation>Причина — её увидит организатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="38"/>
        <source>Declare conflict</source>
        <translation>Заявить о конфликте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="68"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="34"/>
        <source>Conflicts to resolve</source>
        <translation>Конфликты для разрешения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="37"/>
        <source>Someone else changed these fields on the server while you were changing them too. Until you choose, Idea Bank shows their value; your value waits here.</source>
        <translation>Пока вы меняли эти поля, кто-то другой тоже изменил их на сервере. Пока вы не выберете, Банк идей показывает их значение; ваше значение ждёт здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="42"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="50"/>
        <source>No conflicts: everything you changed has reached the server as you wrote it.</source>
        <translation>Конфликтов нет: всё, что вы изменили, дошло до сервера так, как вы написали.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="54"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Their value, on the server</source>
        <translation>Их значение, на сервере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="55"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="124"/>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="56"/>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="57"/>
        <source>Drop your value; nothing is sent</source>
        <translation>Ваше значение отбрасывается; ничего не отправляется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="58"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="59"/>
        <source>Send your value to the server again</source>
        <translation>Отправить ваше значение на сервер ещё раз</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="99"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Не удалось прочитать конфликты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="129"/>
        <source>Theirs, on the server: %1</source>
        <translation>Их, на сервере: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="130"/>
        <source>Mine: %1</source>
        <translation>Моё: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="150"/>
        <source>This conflict could not be resolved: %1</source>
        <translation>Не удалось разрешить этот конфликт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="154"/>
        <source>Your value is being sent to the server.</source>
        <translation>Ваше значение отправляется на сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="155"/>
        <source>Their value is kept.</source>
        <translation>Их значение сохранено.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Theirs (on the server)</source>
        <translation>Их (на сервере)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="39"/>
        <source>Mine (your change)</source>
        <translation>Моё (ваше изменение)</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="vanished">Конкурс</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="vanished">Этап</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="vanished">Критерий</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="vanished">Идея</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="vanished">Назначение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Оценка</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="vanished">%1 «%2»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Описание</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="vanished">Требования</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="vanished">Открывается</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="vanished">Закрывается</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="vanished">Часовой пояс</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="vanished">Видимость</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Статус</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="vanished">Категории</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Порядок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Вид</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Срок</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Название</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="vanished">Важность</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="vanished">Вес</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="vanished">Наименьшая оценка</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="vanished">Наибольшая оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="vanished">Комментарий</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Текст</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Польза</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">Категория</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(пусто)</translation>
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation type="vanished">%1 (время %2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Нет</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="47"/>
        <source>New contest</source>
        <translation>Новый конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="49"/>
        <source>What the contest asks people for</source>
        <translation>Какие идеи ждёт конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="55"/>
        <source>One requirement per line</source>
        <translation>По одному требованию в строке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="70"/>
        <source>Start and end are times in this zone. You may type any IANA time zone name, for example Europe/Paris.</source>
        <translation>Начало и окончание указаны по времени этого пояса. Можно ввести любое имя часового пояса IANA, например Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="72"/>
        <source>Public: anyone, including kiosks, may send ideas</source>
        <translation>Открытый: идеи может прислать любой, в том числе через киоски</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="73"/>
        <source>Internal: only staff of the organization</source>
        <translation>Внутренний: только сотрудники организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="78"/>
        <source>Expert evaluation</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="88"/>
        <source>Create contest</source>
        <translation>Создать конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="106"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="113"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="114"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="115"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Требования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="116"/>
        <source>&amp;Open from</source>
        <translation>Открыт &amp;с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="119"/>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="120"/>
        <source>Who may take part</source>
        <translation>Кто может участвовать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="121"/>
        <source>&amp;Scoring stage</source>
        <translation>&amp;Этап оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="122"/>
        <source>Scoring criteria (each scored from 1 to 10)</source>
        <translation>Критерии оценки (каждый от 1 до 10 баллов)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="137"/>
        <source>Enter a title for the contest.</source>
        <translation>Введите название конкурса.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="140"/>
        <source>“%1” is not a known time zone. Choose one from the list or type a name such as Asia/Baku.</source>
        <translation>Часовой пояс «%1» неизвестен. Выберите его из списка или введите имя вида Asia/Baku.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="144"/>
        <source>The contest must end after it starts.</source>
        <translation>Конкурс должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="146"/>
        <source>Enter a title for the scoring stage.</source>
        <translation>Введите название этапа оценки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="177"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="185"/>
        <source>The contest could not be saved: %1</source>
        <translation>Не удалось сохранить конкурс: %1</translation>
    </message>
</context>
<context>
    <name>ContestList</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="151"/>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="159"/>
        <source>Contests</source>
        <translation>Конкурсы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="152"/>
        <source>&amp;New contest</source>
        <translation>Новый &amp;конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="154"/>
        <source>Create a contest with its scoring criteria (Ctrl+N)</source>
        <translation>Создать конкурс с критериями оценки (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="156"/>
        <source>No contests yet. Create the first one with New contest.</source>
        <translation>Конкурсов пока нет. Создайте первый кнопкой «Новый конкурс».</translation>
    </message>
</context>
<context>
    <name>ContestListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="60"/>
        <source>Internal · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Внутренний · %n идея
Срок: %1 (%2)</numerusform>
            <numerusform>Внутренний · %n идеи
Срок: %1 (%2)</numerusform>
            <numerusform>Внутренний · %n идей
Срок: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="62"/>
        <source>Public · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Открытый · %n идея
Срок: %1 (%2)</numerusform>
            <numerusform>Открытый · %n идеи
Срок: %1 (%2)</numerusform>
            <numerusform>Открытый · %n идей
Срок: %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="91"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="92"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="93"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="103"/>
        <source>&amp;Add criterion</source>
        <translation>&amp;Добавить критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="157"/>
        <source>Add at least one criterion.</source>
        <translation>Добавьте хотя бы один критерий.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="163"/>
        <source>Criterion %1 has no name.</source>
        <translation>У критерия %1 нет названия.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="165"/>
        <source>Two criteria are called “%1”.</source>
        <translation>Два критерия называются «%1».</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="43"/>
        <source>Criterion name</source>
        <translation>Название критерия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="45"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="46"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="47"/>
        <source>Very important</source>
        <translation>Очень высокая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="55"/>
        <source>How much this criterion counts in the weighted mean</source>
        <translation>Насколько этот критерий учитывается во взвешенном среднем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="56"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>EvaluatorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="50"/>
        <source>Show only unfinished ideas</source>
        <translation>Показывать только незавершённые идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="57"/>
        <source>Ideas to score</source>
        <translation>Идеи для оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="64"/>
        <source>No ideas are assigned to you yet. They appear here once the organizer assigns them and this computer has synced.</source>
        <translation>Вам ещё не назначены идеи. Они появятся здесь, когда организатор их назначит и этот компьютер синхронизируется.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="71"/>
        <source>Your ideas to score</source>
        <translation>Ваши идеи для оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="88"/>
        <source>Declare conflict of &amp;interest…</source>
        <translation>Заявить о &amp;конфликте интересов…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="89"/>
        <source>You cannot judge this idea impartially: it goes to another evaluator</source>
        <translation>Вы не можете беспристрастно оценить эту идею: она перейдёт другому эксперту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="165"/>
        <source>%1 of %2 done</source>
        <translation>Готово: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="218"/>
        <source>Unsaved scores</source>
        <translation>Несохранённые оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="219"/>
        <source>You changed scores on this idea without saving. Save them as a draft?</source>
        <translation>Вы изменили оценки этой идеи, но не сохранили их. Сохранить как черновик?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="254"/>
        <source>All ideas assigned to you are scored. Thank you!</source>
        <translation>Все назначенные вам идеи оценены. Спасибо!</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <location filename="../../desktop/ui/kiosk/form_fields.py" line="101"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>IdeaFormPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="100"/>
        <source>Write your idea in your own words. You do not have to give your name.</source>
        <translation>Опишите идею своими словами. Называть своё имя не обязательно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="102"/>
        <source>Category of your idea</source>
        <translation>Категория вашей идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="103"/>
        <source>Please choose a category.</source>
        <translation>Пожалуйста, выберите категорию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="105"/>
        <source>Title of your idea</source>
        <translation>Название вашей идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="106"/>
        <source>Describe your idea</source>
        <translation>Опишите вашу идею</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="107"/>
        <source>What would get better? (optional)</source>
        <translation>Что станет лучше? (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="109"/>
        <source>I agree that my name and contact details are stored to answer me about this idea; they are deleted from this kiosk once sent.</source>
        <translation>Я даю согласие на хранение моего имени и контактных данных, чтобы мне ответили по этой идее. После отправки они удаляются из этого киоска.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="111"/>
        <source>Your name (optional)</source>
        <translation>Ваше имя (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="112"/>
        <source>Phone number (optional)</source>
        <translation>Номер телефона (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="113"/>
        <source>Email address (optional)</source>
        <translation>Адрес электронной почты (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="114"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="249"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="117"/>
        <source>Deadline: %1</source>
        <translation>Приём идей до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="127"/>
        <source>Please give your idea a short title.</source>
        <translation>Пожалуйста, дайте идее короткое название.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="128"/>
        <source>Please describe your idea.</source>
        <translation>Пожалуйста, опишите вашу идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="130"/>
        <source>This is too long: please use at most %1 characters.</source>
        <translation>Слишком длинный текст: используйте не более %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="133"/>
        <source>This does not look like an email address. Example: name@example.az</source>
        <translation>Это не похоже на адрес электронной почты. Пример: name@example.az</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="135"/>
        <source>Please enter a phone number with 7 to 20 digits, for example +994 12 345 67 89.</source>
        <translation>Пожалуйста, введите номер телефона из 7–20 цифр, например +994 12 345 67 89.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="140"/>
        <source>Sorry, your idea could not be saved. Please try again or ask a staff member for help.</source>
        <translation>К сожалению, не удалось сохранить вашу идею. Пожалуйста, попробуйте ещё раз или обратитесь за помощью к сотруднику.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="143"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Пожалуйста, исправьте поля, отмеченные красным.</translation>
    </message>
</context>
<context>
    <name>IdeaOutcomeView</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="128"/>
        <source>&amp;Revise…</source>
        <translation>&amp;Доработать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="129"/>
        <source>Improve the idea along the suggestions and send it again</source>
        <translation>Доработайте идею по предложениям и отправьте снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="177"/>
        <source>went on to the next stage</source>
        <translation>прошла на следующий этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="178"/>
        <source>did not go on</source>
        <translation>не прошла дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="179"/>
        <source>returned for improvement</source>
        <translation>возвращена на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>implemented</source>
        <translation>внедрено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="187"/>
        <source>Select one of your ideas to see how it is doing.</source>
        <translation>Выберите одну из своих идей, чтобы увидеть, как у неё дела.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="193"/>
        <source>Your idea was returned for improvement. The evaluators suggest:</source>
        <translation>Ваша идея возвращена на доработку. Эксперты предлагают:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="194"/>
        <source>(no suggestions given)</source>
        <translation>(предложений нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="196"/>
        <source>Send your revision by %1 (%2 time).</source>
        <translation>Отправьте доработку до %1 (время %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="203"/>
        <source>Results announced on %1.</source>
        <translation>Итоги объявлены %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="206"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="209"/>
        <source>Feedback for you:</source>
        <translation>Отзывы для вас:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="215"/>
        <source>Implementation: %1, %2% done.</source>
        <translation>Внедрение: %1, выполнено %2%.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="218"/>
        <source>Planned to be done by %1.</source>
        <translation>Планируется завершить к %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="224"/>
        <source>The outcome appears here once the organizer announces the results.</source>
        <translation>Результат появится здесь, когда организатор объявит итоги.</translation>
    </message>
</context>
<context>
    <name>IdeaView</name>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="35"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="37"/>
        <source>Expected benefit</source>
        <translation>Ожидаемая польза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="41"/>
        <source>Select an idea in the list on the left to read and score it.</source>
        <translation>Выберите идею в списке слева, чтобы прочитать и оценить её.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="70"/>
        <source>No expected benefit was given.</source>
        <translation>Ожидаемая польза не указана.</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="123"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Shortlisted</source>
        <translation>В шорт-листе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="128"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="55"/>
        <source>Search in titles and texts (Ctrl+F)</source>
        <translation>Поиск по названиям и текстам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="83"/>
        <source>Text of the idea</source>
        <translation>Текст идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="103"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="104"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="105"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="106"/>
        <source>Shortlisted</source>
        <translation>В коротком списке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="108"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="111"/>
        <source>Filter by stage</source>
        <translation>Фильтр по этапу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="112"/>
        <source>Ideas assigned to evaluators in this stage</source>
        <translation>Идеи, назначенные экспертам на этом этапе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="113"/>
        <source>Any stage</source>
        <translation>Любой этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="115"/>
        <source>Filter by channel</source>
        <translation>Фильтр по каналу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="116"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Desktop</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="118"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="120"/>
        <source>Received from</source>
        <translation>Получена с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="121"/>
        <source>Received until</source>
        <translation>Получена по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="130"/>
        <source>%1 (a day in the contest&apos;s time zone; the first value means any day)</source>
        <translation>%1 (день в часовом поясе конкурса; первое значение означает любой день)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="134"/>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="170"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="304"/>
        <source>No idea matches “%1”.</source>
        <translation>По запросу «%1» идей не найдено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="306"/>
        <source>No idea matches these filters.</source>
        <translation>Нет идей, подходящих под эти фильтры.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="308"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n идея</numerusform>
            <numerusform>%n идеи</numerusform>
            <numerusform>%n идей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="322"/>
        <source>Select an idea to read it here. Select several with Ctrl or Shift to assign them together.</source>
        <translation>Выберите идею, чтобы прочитать её здесь. Чтобы назначить несколько идей сразу, выделяйте их с Ctrl или Shift.</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/idle.py" line="120"/>
        <source>Are you still there? Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Вы ещё здесь? Возврат на начальный экран через %n секунду</numerusform>
            <numerusform>Вы ещё здесь? Возврат на начальный экран через %n секунды</numerusform>
            <numerusform>Вы ещё здесь? Возврат на начальный экран через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idle.py" line="122"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>implemented</source>
        <translation>внедрено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>dropped</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="31"/>
        <source>not tracked yet</source>
        <translation>пока не отслеживается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="44"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>ImplementationTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="49"/>
        <source>Winning ideas</source>
        <translation>Идеи-победители</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="61"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="67"/>
        <source>Progress in percent</source>
        <translation>Прогресс в процентах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="71"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="86"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="87"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="88"/>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="77"/>
        <source>Save progress</source>
        <translation>Сохранить прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="79"/>
        <source>Save this idea&apos;s implementation record (Ctrl+S)</source>
        <translation>Сохранить запись о внедрении этой идеи (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="83"/>
        <source>Stat&amp;us</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="84"/>
        <source>&amp;Progress</source>
        <translation>Про&amp;гресс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="85"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="124"/>
        <source>Implementation is tracked for the ideas that advance in the last stage, once that stage is closed.</source>
        <translation>Внедрение отслеживается для идей, прошедших последний этап, после его закрытия.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="127"/>
        <source>No idea advanced in the last stage, so there is nothing to implement.</source>
        <translation>Ни одна идея не прошла последний этап, внедрять нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="130"/>
        <source>Choose a winning idea to record its status, progress, notes and dates. Its author sees them after the results are announced.</source>
        <translation>Выберите идею-победителя, чтобы записать её статус, прогресс, заметки и даты. Автор увидит их после объявления итогов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="150"/>
        <source>No idea selected</source>
        <translation>Идея не выбрана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="164"/>
        <source>The finish date is before the start date.</source>
        <translation>Дата завершения раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="188"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="190"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="100"/>
        <source>Idea Bank — share your idea</source>
        <translation>Банк идей — поделитесь своей идеей</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Evaluator</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Ideas scored</source>
        <translation>Оценено идей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Mean deviation</source>
        <translation>Среднее отклонение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="39"/>
        <source>Tendency</source>
        <translation>Тенденция</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="44"/>
        <source>lenient</source>
        <translation>мягко</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="46"/>
        <source>harsh</source>
        <translation>строго</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="47"/>
        <source>in line with the panel</source>
        <translation>в русле комиссии</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="33"/>
        <source>Idea Bank — sign in</source>
        <translation>Банк идей — вход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="47"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="48"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="49"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="52"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="58"/>
        <source>Sign in to Idea Bank</source>
        <translation>Вход в Банк идей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71"/>
        <source>Enter the server, your user name and your password.</source>
        <translation>Введите сервер, имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="73"/>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="89"/>
        <source>Wrong password. The server cannot be reached, so it was checked against this computer&apos;s copy of your profile.</source>
        <translation>Неверный пароль. Сервер недоступен, поэтому пароль проверен по копии вашего профиля на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="95"/>
        <source>This profile folder belongs to %1. Sign in as %1, or start without choosing a profile folder.</source>
        <translation>Эта папка профиля принадлежит пользователю %1. Войдите как %1 или запустите программу, не выбирая папку профиля.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="99"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>Сервер недоступен. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="93"/>
        <location filename="../../desktop/ui/login_dialog.py" line="102"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="104"/>
        <source>Please update Idea Bank: the server no longer accepts this version.</source>
        <translation>Пожалуйста, обновите Банк идей: сервер больше не принимает эту версию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Too many failed sign-ins. Try again at %1.</source>
        <translation>Слишком много неудачных попыток входа. Повторите попытку в %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="110"/>
        <source>Your organization is waiting for approval by the platform administrator. You can sign in once it is approved.</source>
        <translation>Ваша организация ожидает одобрения администратора платформы. Вы сможете войти после одобрения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Your organization&apos;s registration was not approved. Please contact the platform administrator.</source>
        <translation>Регистрация вашей организации не одобрена. Обратитесь к администратору платформы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42"/>
        <source>Idea Bank — %1</source>
        <translation>Банк идей — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Разрешить &amp;конфликты…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Отклонённые изменения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>MyIdeasModel</name>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="69"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="74"/>
        <source>Not accepted: %1</source>
        <translation>Не принята: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Returned for improvement</source>
        <translation>Возвращена на доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Revised</source>
        <translation>Доработана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="96"/>
        <source>The server gives the code when the idea reaches it.</source>
        <translation>Сервер выдаст код, когда получит идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="97"/>
        <source>after sending</source>
        <translation>после отправки</translation>
    </message>
</context>
<context>
    <name>NewIdeaForm</name>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="46"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="49"/>
        <source>A short name for your idea</source>
        <translation>Короткое название вашей идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="51"/>
        <source>What do you propose, and how would it work?</source>
        <translation>Что вы предлагаете и как это будет работать?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="53"/>
        <source>Who gains what? (optional)</source>
        <translation>Кто и что выиграет? (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="60"/>
        <source>Submit idea</source>
        <translation>Отправить идею</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="61"/>
        <source>Save the idea and send it (Ctrl+Enter)</source>
        <translation>Сохранить идею и отправить её (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="62"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="65"/>
        <source>New idea</source>
        <translation>Новая идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="70"/>
        <source>&amp;Contest</source>
        <translation>&amp;Конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="72"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="73"/>
        <source>Expected &amp;benefit</source>
        <translation>Ожидаемая &amp;польза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="160"/>
        <source>No contest is accepting ideas right now.</source>
        <translation>Сейчас ни один конкурс не принимает идеи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="163"/>
        <source>Open until %1 (time zone %2).</source>
        <translation>Открыт до %1 (часовой пояс %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="167"/>
        <source>For staff of the organization only.</source>
        <translation>Только для сотрудников организации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="177"/>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="191"/>
        <source>Choose the contest for your idea.</source>
        <translation>Выберите конкурс для вашей идеи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="193"/>
        <source>Give your idea a title.</source>
        <translation>Дайте идее название.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="195"/>
        <source>Describe your idea.</source>
        <translation>Опишите вашу идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="198"/>
        <source>This is %1 characters long; at most %2 fit.</source>
        <translation>Длина текста: %1, допускается не более %2 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="217"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="228"/>
        <source>Your idea could not be saved: %1</source>
        <translation>Не удалось сохранить вашу идею: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>People</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Waiting for approval</source>
        <translation>Ожидает одобрения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="41"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="42"/>
        <source>%1 (not sent yet)</source>
        <translation>%1 (ещё не отправлено)</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="34"/>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="45"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="36"/>
        <source>Organizations register themselves and wait here. Approve one and its administrator can sign in and invite its staff.</source>
        <translation>Организации регистрируются сами и ждут здесь. После одобрения администратор организации сможет войти и пригласить сотрудников.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="39"/>
        <source>&amp;Only those waiting for approval</source>
        <translation>&amp;Только ожидающие одобрения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="41"/>
        <source>Show only organizations waiting for approval</source>
        <translation>Показывать только организации, ожидающие одобрения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="57"/>
        <source>&amp;Approve</source>
        <translation>&amp;Одобрить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="58"/>
        <source>Approve the selected organization</source>
        <translation>Одобрить выбранную организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="60"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="61"/>
        <source>Reject the selected organization</source>
        <translation>Отклонить выбранную организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="86"/>
        <source>The organizations could not be read: %1</source>
        <translation>Не удалось прочитать организации: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="92"/>
        <source>No organization is waiting for approval. New registrations appear here after the next sync (File → Sync now).</source>
        <translation>Нет организаций, ожидающих одобрения. Новые регистрации появятся здесь после следующей синхронизации (Файл → Синхронизировать сейчас).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="95"/>
        <source>No organizations yet. They appear here after the next sync.</source>
        <translation>Организаций пока нет. Они появятся здесь после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="127"/>
        <source>Reject the organization</source>
        <translation>Отклонить организацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="128"/>
        <source>Reject %1? Its people cannot sign in, and any sessions they have end.</source>
        <translation>Отклонить «%1»? Её пользователи не смогут войти, а их открытые сеансы завершатся.</translation>
    </message>
</context>
<context>
    <name>OrganizerWorkspace</name>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="53"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="54"/>
        <source>&amp;Assignment</source>
        <translation>&amp;Назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="55"/>
        <source>&amp;Ranking</source>
        <translation>&amp;Рейтинг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="56"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="57"/>
        <source>Sta&amp;ges</source>
        <translation>Эта&amp;пы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="58"/>
        <source>I&amp;mplementation</source>
        <translation>Вн&amp;едрение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="60"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="100"/>
        <source>No contest selected</source>
        <translation>Конкурс не выбран</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="101"/>
        <source>Select a contest on the left, or create one with New contest (Ctrl+N).</source>
        <translation>Выберите конкурс слева или создайте новый кнопкой «Новый конкурс» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="105"/>
        <source>Internal contest, open from %1 to %2 (%3 time)</source>
        <translation>Внутренний конкурс, приём идей с %1 по %2 (время %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="107"/>
        <source>Public contest, open from %1 to %2 (%3 time)</source>
        <translation>Открытый конкурс, приём идей с %1 по %2 (время %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/workspace.py" line="131"/>
        <source>The server refused %n change(s) to this contest (File › Refused changes):</source>
        <translation>
            <numerusform>Сервер отклонил %n изменение этого конкурса (Файл › Отклонённые изменения):</numerusform>
            <numerusform>Сервер отклонил %n изменения этого конкурса (Файл › Отклонённые изменения):</numerusform>
            <numerusform>Сервер отклонил %n изменений этого конкурса (Файл › Отклонённые изменения):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="75"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>Только для сотрудников: введите PIN-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="76"/>
        <source>Erase</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="77"/>
        <source>Erase the last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="78"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="80"/>
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN-код: введена %n цифра</numerusform>
            <numerusform>PIN-код: введены %n цифры</numerusform>
            <numerusform>PIN-код: введено %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="85"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="87"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="88"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>Неверный PIN-код. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="89"/>
        <source>No kiosk PIN is set for this organization; ask the administrator.</source>
        <translation>Для этой организации не задан PIN-код киоска; обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="91"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>Не удалось проверить PIN-код. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>ProtocolExporter</name>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="47"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="49"/>
        <source>CSV for spreadsheets, UTF-8 (*.csv)</source>
        <translation>CSV для электронных таблиц, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="56"/>
        <source>Export the contest protocol</source>
        <translation>Экспортировать протокол конкурса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="67"/>
        <source>Protocol not saved</source>
        <translation>Протокол не сохранён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="90"/>
        <source>The protocol could not be written to %1: %2. Choose another folder, or free some disk space, and export again.</source>
        <translation>Не удалось записать протокол в %1: %2. Выберите другую папку или освободите место на диске и экспортируйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="94"/>
        <source>The protocol for %1 could not be made: %2</source>
        <translation>Не удалось подготовить протокол для %1: %2</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Platform administration is done with the ideabank-server command in this version.</source>
        <translation type="vanished">В этой версии платформа администрируется командой ideabank-server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30"/>
        <source>This account has no workspace in the desktop client.</source>
        <translation>Для этой учётной записи в настольном приложении нет рабочей области.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="13"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="14"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="15"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="16"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="17"/>
        <source>Don&apos;t Save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="18"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="19"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="20"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="21"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="161"/>
        <source>%1 of %2 done</source>
        <translation>Готово: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="164"/>
        <source>The server did not accept your scores: %1</source>
        <translation>Сервер не принял ваши оценки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="178"/>
        <source>✓ Done</source>
        <translation>✓ Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="179"/>
        <source>◐ Partly scored</source>
        <translation>◐ Оценена частично</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="180"/>
        <source>○ Not started</source>
        <translation>○ Не начата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="181"/>
        <source>⚠ Refused by the server</source>
        <translation>⚠ Отклонено сервером</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Normalised</source>
        <translation>Нормированный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Evaluators</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Disagreement</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="62"/>
        <source>incomplete — not ranked yet</source>
        <translation>не завершено — пока без места</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="70"/>
        <source>wide</source>
        <translation>большое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="84"/>
        <source>The evaluators&apos; scores for this idea lie far apart: at least 30% of the scale. Worth a look before closing the stage.</source>
        <translation>Оценки экспертов по этой идее сильно расходятся: не меньше 30% шкалы. Стоит посмотреть до закрытия этапа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="87"/>
        <source>Each evaluator&apos;s scores rescaled so that lenient and harsh evaluators count alike</source>
        <translation>Оценки каждого эксперта пересчитаны так, чтобы мягкие и строгие эксперты весили одинаково</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="96"/>
        <source>Score: the mean over the assigned evaluators of each one&apos;s weighted mean of the criteria. An idea is ranked once every assigned evaluator has scored every criterion.</source>
        <translation>Балл — среднее по назначенным экспертам от взвешенного среднего каждого из них по критериям. Идея попадает в рейтинг, когда каждый назначенный эксперт оценил её по всем критериям.</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="vanished">Этап:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="66"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="68"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="213"/>
        <source>C&amp;lose stage…</source>
        <translation>&amp;Закрыть этап…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="69"/>
        <source>See who advances under the stage&apos;s rule, then confirm to close the stage</source>
        <translation>Посмотрите, кто проходит по правилу этапа, затем подтвердите закрытие этапа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="72"/>
        <source>A&amp;nnounce results…</source>
        <translation>&amp;Объявить итоги…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="73"/>
        <source>Tell the authors their outcomes and release their feedback; possible once every stage is closed</source>
        <translation>Сообщить авторам результаты и открыть отзывы; возможно, когда закрыты все этапы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="80"/>
        <source>Export protocol…</source>
        <translation>Экспорт протокола…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="82"/>
        <source>Export the contest protocol</source>
        <translation>Экспортировать протокол конкурса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="83"/>
        <source>Save the contest protocol (stages, criteria and weights, evaluators, scores, ranking, decisions) as PDF, Excel or CSV (Ctrl+E)</source>
        <translation>Сохранить протокол конкурса (этапы, критерии и веса, эксперты, оценки, рейтинг, решения) в PDF, Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="94"/>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="95"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="122"/>
        <source>Evaluator leniency</source>
        <translation>Мягкость экспертов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="103"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="172"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="184"/>
        <source>Mean deviation: how far an evaluator&apos;s scores lie, on average, from the panel&apos;s mean for the same ideas (+ lenient, − harsh).</source>
        <translation>Среднее отклонение: насколько в среднем оценки эксперта отличаются от средней оценки комиссии по тем же идеям (+ мягко, − строго).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="187"/>
        <source>The leniency report appears once evaluators have fully scored ideas.</source>
        <translation>Отчёт о мягкости появится, когда эксперты полностью оценят идеи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="190"/>
        <source>This contest has no scoring stage yet.</source>
        <translation>В этом конкурсе ещё нет этапа оценки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="192"/>
        <source>No idea is assigned to an evaluator in this stage yet.</source>
        <translation>На этом этапе ещё ни одна идея не назначена эксперту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="194"/>
        <source>A screening stage ranks nothing: Close stage… shows who passes the requirements.</source>
        <translation>Этап предварительной проверки не ранжирует идеи: «Закрыть этап…» покажет, кто прошёл по требованиям.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="197"/>
        <source>%1 ranked, %2 waiting for scores</source>
        <translation>В рейтинге: %1, ждут оценок: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="214"/>
        <source>Stage closed</source>
        <translation>Этап закрыт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="226"/>
        <source>Results announced on %1 (%2 time). Authors see their outcomes and feedback; the results are final.</source>
        <translation>Итоги объявлены %1 (время %2). Авторы видят результаты и отзывы; итоги окончательны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="233"/>
        <source>Results can be announced once every stage is closed (%n still open).</source>
        <translation>
            <numerusform>Итоги можно объявить, когда закрыты все этапы (открыт ещё %n).</numerusform>
            <numerusform>Итоги можно объявить, когда закрыты все этапы (открыто ещё %n).</numerusform>
            <numerusform>Итоги можно объявить, когда закрыты все этапы (открыто ещё %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="236"/>
        <source>Every stage is closed: the results can be announced to the authors.</source>
        <translation>Все этапы закрыты: итоги можно объявить авторам.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="242"/>
        <source>Announce results</source>
        <translation>Объявить итоги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="243"/>
        <source>Announce the results of “%1”? Every author then sees the outcome of their idea and the feedback released to them (never the evaluators&apos; names). This cannot be undone.</source>
        <translation>Объявить итоги конкурса «%1»? После этого каждый автор увидит результат своей идеи и открытые ему отзывы (имена экспертов — никогда). Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="262"/>
        <source>The results could not be announced: %1</source>
        <translation>Не удалось объявить итоги: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="282"/>
        <source>Writing the protocol…</source>
        <translation>Протокол записывается…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="286"/>
        <source>Protocol saved to %1</source>
        <translation>Протокол сохранён: %1</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="27"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Opens</source>
        <translation>Открывается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Closes</source>
        <translation>Закрывается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Position</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Lowest score</source>
        <translation>Наименьшая оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Highest score</source>
        <translation>Наибольшая оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Benefit</source>
        <translation>Польза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="48"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="57"/>
        <source>%1 (%2 time)</source>
        <translation>%1 (время %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="28"/>
        <source>Changes refused by the server</source>
        <translation>Изменения, отклонённые сервером</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="31"/>
        <source>The server did not accept these changes, for the reason shown. They are not on the server: correct the item and save it again, or dismiss the note.</source>
        <translation>Сервер не принял эти изменения по указанной причине. На сервере их нет: исправьте элемент и сохраните снова или скройте заметку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="36"/>
        <source>Refused changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="45"/>
        <source>Nothing refused: the server accepted all your changes.</source>
        <translation>Ничего не отклонено: сервер принял все ваши изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="47"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="48"/>
        <source>Forget this note (Delete)</source>
        <translation>Забыть эту заметку (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="74"/>
        <source>The refused changes could not be read: %1</source>
        <translation>Не удалось прочитать отклонённые изменения: %1</translation>
    </message>
</context>
<context>
    <name>RefusalsModel</name>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Your change</source>
        <translation>Ваше изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Reason given by the server</source>
        <translation>Причина, указанная сервером</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="39"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="44"/>
        <source>Removal</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>RevisionForm</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="54"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="57"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="62"/>
        <source>Expected benefit</source>
        <translation>Ожидаемая польза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="64"/>
        <source>Send revision</source>
        <translation>Отправить доработку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="66"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="72"/>
        <source>Expected &amp;benefit</source>
        <translation>Ожидаемая &amp;польза</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="94"/>
        <source>A revision needs a title and a description.</source>
        <translation>У доработанного варианта должны быть название и описание.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="109"/>
        <source>The revision could not be saved: %1</source>
        <translation>Не удалось сохранить доработку: %1</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="83"/>
        <source>This stage is closed: scores can no longer be changed. Your scores are shown as they were saved.</source>
        <translation>Этот этап закрыт: оценки больше нельзя изменить. Ваши оценки показаны так, как были сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="89"/>
        <source>Your scores</source>
        <translation>Ваши оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="104"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="105"/>
        <source>Save the scores given so far (Ctrl+S)</source>
        <translation>Сохранить выставленные оценки (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="106"/>
        <source>Save and next</source>
        <translation>Сохранить и далее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="107"/>
        <source>Save and open the next unfinished idea (Ctrl+Enter)</source>
        <translation>Сохранить и открыть следующую незавершённую идею (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="111"/>
        <source>Tab moves to the next field. Ctrl+S saves a draft; Ctrl+Enter saves and opens the next unfinished idea.</source>
        <translation>Tab — переход к следующему полю. Ctrl+S сохраняет черновик; Ctrl+Enter сохраняет и открывает следующую незавершённую идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="166"/>
        <source>The scores could not be read: %1</source>
        <translation>Не удалось прочитать оценки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="179"/>
        <source>Scoring closes on %1 (time zone %2).</source>
        <translation>Оценка закрывается %1 (часовой пояс %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="201"/>
        <source>Not scored</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="205"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="206"/>
        <source>Comment on %1</source>
        <translation>Комментарий к критерию «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="210"/>
        <source>Scale %1–%2</source>
        <translation>Шкала %1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="228"/>
        <source>Low importance (weight %1)</source>
        <translation>Низкая важность (вес %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="229"/>
        <source>Medium importance (weight %1)</source>
        <translation>Средняя важность (вес %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="230"/>
        <source>Very important (weight %1)</source>
        <translation>Очень высокая важность (вес %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="231"/>
        <source>Weight %1</source>
        <translation>Вес %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="235"/>
        <source>The server did not accept your scores for this idea: %1
Your values are still shown below.</source>
        <translation>Сервер не принял ваши оценки этой идеи: %1
Ваши значения по-прежнему показаны ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="268"/>
        <source>A comment is saved only with a score. Give a score for %1 or clear its comment.</source>
        <translation>Комментарий сохраняется только вместе с оценкой. Оцените «%1» или удалите комментарий.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="276"/>
        <source>Score at least one criterion to save a draft.</source>
        <translation>Чтобы сохранить черновик, оцените хотя бы один критерий.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="291"/>
        <source>Your scores could not be saved: %1</source>
        <translation>Не удалось сохранить ваши оценки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="296"/>
        <source>Saved at %1. Scores are sent to the server whenever it can be reached.</source>
        <translation>Сохранено в %1. Оценки отправляются на сервер, когда он доступен.</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="58"/>
        <source>Your check of the requirements</source>
        <translation>Ваша проверка требований</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="73"/>
        <source>Suggestions for the author</source>
        <translation>Предложения автору</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="74"/>
        <source>What the author could improve. The author sees this without your name.</source>
        <translation>Что автор мог бы улучшить. Автор увидит это без вашего имени.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="77"/>
        <source>&amp;Suggestions for the author</source>
        <translation>&amp;Предложения автору</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="82"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="83"/>
        <source>Save the answers given so far (Ctrl+S)</source>
        <translation>Сохранить данные ответы (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="84"/>
        <source>Finalize</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="85"/>
        <source>Every requirement answered: save and open the next idea (Ctrl+Enter)</source>
        <translation>Ответы на все требования: сохранить и открыть следующую идею (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="90"/>
        <source>Tab moves between Met and Not met; Space chooses. Ctrl+S saves a draft; Ctrl+Enter finalizes and opens the next idea.</source>
        <translation>Tab переходит между «Выполнено» и «Не выполнено»; Пробел выбирает. Ctrl+S сохраняет черновик; Ctrl+Enter завершает и открывает следующую идею.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="137"/>
        <source>The check could not be read: %1</source>
        <translation>Не удалось прочитать проверку: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="150"/>
        <source>Checks close on %1 (time zone %2).</source>
        <translation>Проверка закрывается %1 (часовой пояс %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="166"/>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="167"/>
        <source>Not met</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: met</source>
        <translation>%1: выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: not met</source>
        <translation>%1: не выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="188"/>
        <source>This stage is closed: the check can no longer change.</source>
        <translation>Этап закрыт: проверку больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="190"/>
        <source>This idea is with its author for improvement. It comes back here to be checked again once revised.</source>
        <translation>Эта идея у автора на доработке. После доработки она вернётся сюда на повторную проверку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="193"/>
        <source>The contest announces no requirements to check. Ask the organizer to add them.</source>
        <translation>В конкурсе не объявлены требования для проверки. Попросите организатора добавить их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="225"/>
        <source>Answer every requirement to finalize: %1 still open.</source>
        <translation>Чтобы завершить, ответьте на все требования: без ответа ещё %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="229"/>
        <source>Answer at least one requirement to save a draft.</source>
        <translation>Чтобы сохранить черновик, ответьте хотя бы на одно требование.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="244"/>
        <source>Your check could not be saved: %1</source>
        <translation>Не удалось сохранить вашу проверку: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Finalized at %1.</source>
        <translation>Завершено в %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Draft saved at %1.</source>
        <translation>Черновик сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="38"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>A new language is used from the next start of Idea Bank.</source>
        <translation>Новый язык применяется со следующего запуска Банка идей.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="41"/>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Высокая контрастность (белое на чёрном)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42"/>
        <source>High-contrast theme</source>
        <translation>Высококонтрастная тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="47"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49"/>
        <source>Theme and text size change at once.</source>
        <translation>Тема и размер текста меняются сразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>Text &amp;size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>%1 is used from the next start of Idea Bank.</source>
        <translation>%1 применяется со следующего запуска Банка идей.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="92"/>
        <source>Kiosk settings</source>
        <translation>Настройки киоска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="93"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="94"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="96"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="97"/>
        <source>Idle timeout in seconds</source>
        <translation>Время бездействия в секундах</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="98"/>
        <source>After this long without a touch, the kiosk clears the screen for the next visitor (%1 to %2 seconds).</source>
        <translation>Если к экрану не прикасаются столько времени, киоск очищает его для следующего посетителя (от %1 до %2 секунд).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="103"/>
        <source>The settings could not be saved on this computer. Please try again or call technical support.</source>
        <translation>Не удалось сохранить настройки на этом компьютере. Пожалуйста, попробуйте ещё раз или обратитесь в техническую поддержку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="105"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="106"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="109"/>
        <source>Enter a web address that starts with http:// or https://, for example https://ideas.example.az.</source>
        <translation>Введите веб-адрес, начинающийся с http:// или https://, например https://ideas.example.az.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="36"/>
        <source>Staff menu</source>
        <translation>Меню сотрудника</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="38"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="39"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="40"/>
        <source>The settings were saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="28"/>
        <source>Add scoring stage</source>
        <translation>Добавить этап оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="29"/>
        <source>Expert evaluation</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="37"/>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="43"/>
        <source>Stage &amp;title</source>
        <translation>&amp;Название этапа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="46"/>
        <source>Criteria, each scored from 1 to 10:</source>
        <translation>Критерии, каждый от 1 до 10 баллов:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="54"/>
        <source>Enter a title for the stage.</source>
        <translation>Введите название этапа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="71"/>
        <source>The stage could not be saved: %1</source>
        <translation>Не удалось сохранить этап: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="86"/>
        <source>Stage title</source>
        <translation>Название этапа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="89"/>
        <source>Advancement rule</source>
        <translation>Правило прохода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="92"/>
        <source>Number of ideas that advance</source>
        <translation>Число проходящих идей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="96"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="144"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Revisions due by</source>
        <translation>Доработки до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="100"/>
        <source>Lowest score</source>
        <translation>Наименьший балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="103"/>
        <source>Highest score</source>
        <translation>Наивысший балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="109"/>
        <source>Reset scores…</source>
        <translation>Сбросить оценки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="110"/>
        <source>Delete every score of this stage so that its criteria and weights can change</source>
        <translation>Удалить все оценки этапа, чтобы можно было изменить критерии и веса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="117"/>
        <source>Save stage</source>
        <translation>Сохранить этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="119"/>
        <source>Save this stage&apos;s settings (Ctrl+S)</source>
        <translation>Сохранить настройки этапа (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="140"/>
        <source>Tit&amp;le</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="141"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Scoring &amp;closes</source>
        <translation>Оценка &amp;до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="142"/>
        <source>Who ad&amp;vances</source>
        <translation>&amp;Кто проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="143"/>
        <source>Ideas that advance</source>
        <translation>Сколько идей проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="145"/>
        <source>Returned ideas</source>
        <translation>Возвращённые идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="148"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="154"/>
        <source>Sc&amp;ore scale</source>
        <translation>Шкала &amp;баллов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="155"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="162"/>
        <source>Requirements each evaluator checks</source>
        <translation>Требования, которые проверяет каждый эксперт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="190"/>
        <source>Select a stage, or add one.</source>
        <translation>Выберите этап или добавьте новый.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Screening stage</source>
        <translation>Этап предварительной проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Scoring stage</source>
        <translation>Этап оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="197"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="202"/>
        <source>Every evaluator finds every requirement met</source>
        <translation>Каждый эксперт признаёт все требования выполненными</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="203"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation>Большинство экспертов признаёт все требования выполненными</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="205"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation>N лучших идей (при равенстве на границе проходят все)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="206"/>
        <source>Every idea with at least a minimum score</source>
        <translation>Каждая идея не ниже минимального балла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="207"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation>Выбор организатора, с причиной</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="225"/>
        <source>The contest announces no requirements: add them to the contest before screening.</source>
        <translation>В конкурсе не объявлены требования: добавьте их до предварительной проверки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Checks &amp;close</source>
        <translation>Проверка &amp;до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="248"/>
        <source>This stage is closed: its settings are final.</source>
        <translation>Этап закрыт: его настройки окончательны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="251"/>
        <source>Scoring has started (%n score(s) given): criteria, weights and the scale are locked so that every idea is judged alike. Reset the scores to change them.</source>
        <translation>
            <numerusform>Оценка началась (выставлена %n оценка): критерии, веса и шкала заблокированы, чтобы все идеи оценивались одинаково. Чтобы изменить их, сбросьте оценки.</numerusform>
            <numerusform>Оценка началась (выставлено %n оценки): критерии, веса и шкала заблокированы, чтобы все идеи оценивались одинаково. Чтобы изменить их, сбросьте оценки.</numerusform>
            <numerusform>Оценка началась (выставлено %n оценок): критерии, веса и шкала заблокированы, чтобы все идеи оценивались одинаково. Чтобы изменить их, сбросьте оценки.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="263"/>
        <source>Enter a title for the stage.</source>
        <translation>Введите название этапа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="266"/>
        <source>The highest score must be above the lowest.</source>
        <translation>Наивысший балл должен быть больше наименьшего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="294"/>
        <source>Reset scores</source>
        <translation>Сбросить оценки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="295"/>
        <source>Delete all %n score(s) given in “%1”? The evaluators will have to score every idea of this stage again. This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n оценку, выставленную на этапе «%1»? Экспертам придётся заново оценить все идеи этапа. Это нельзя отменить.</numerusform>
            <numerusform>Удалить все %n оценки, выставленные на этапе «%1»? Экспертам придётся заново оценить все идеи этапа. Это нельзя отменить.</numerusform>
            <numerusform>Удалить все %n оценок, выставленных на этапе «%1»? Экспертам придётся заново оценить все идеи этапа. Это нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>screening</source>
        <translation>предварительная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>scoring</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="41"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="42"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="45"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
</context>
<context>
    <name>StagesTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="46"/>
        <source>Stages in order</source>
        <translation>Этапы по порядку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="50"/>
        <source>Add scr&amp;eening stage</source>
        <translation>Добавить этап про&amp;верки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="51"/>
        <source>Add scori&amp;ng stage</source>
        <translation>Добавить этап &amp;оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="52"/>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="54"/>
        <source>Move the selected stage earlier (Alt+Up)</source>
        <translation>Переместить выбранный этап раньше (Alt+Вверх)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="55"/>
        <source>Move &amp;down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="57"/>
        <source>Move the selected stage later (Alt+Down)</source>
        <translation>Переместить выбранный этап позже (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="65"/>
        <source>Stages, in the order ideas go through them</source>
        <translation>Этапы в том порядке, в каком их проходят идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="128"/>
        <source>A contest is judged in two or more stages, for example a screening against the requirements and then a scoring on criteria. Add the missing stage below.</source>
        <translation>Конкурс оценивается в два этапа или больше, например сначала предварительная проверка на соответствие требованиям, затем оценка по критериям. Добавьте недостающий этап ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="174"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Screening</source>
        <translation>Предварительная проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Expert evaluation</source>
        <translation>Экспертная оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="193"/>
        <source>Stage added. Set its deadline and rule, then save.</source>
        <translation>Этап добавлен. Задайте срок и правило, затем сохраните.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="200"/>
        <source>Order saved.</source>
        <translation>Порядок сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="206"/>
        <source>Stage saved.</source>
        <translation>Этап сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="210"/>
        <source>The scores are deleted once the server has the reset; criteria unlock then.</source>
        <translation>Оценки удалятся, когда сервер получит сброс; тогда критерии разблокируются.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="130"/>
        <source>Have an idea to make our services better?</source>
        <extracomment>Each language&apos;s own name: a visitor must recognise hers whatever is on screen now.</extracomment>
        <translation>Есть идея, как улучшить наши услуги?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="131"/>
        <source>Choose a topic below and write your idea. It takes a few minutes, and you do not need an account.</source>
        <translation>Выберите тему ниже и напишите свою идею. Это займёт несколько минут, регистрация не нужна.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="133"/>
        <source>Topics open for ideas</source>
        <translation>Темы, по которым принимаются идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="134"/>
        <source>No topics are open for ideas right now. Please come back another day. Thank you for your interest!</source>
        <translation>Сейчас нет тем, по которым принимаются идеи. Пожалуйста, приходите в другой день. Спасибо за интерес!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="136"/>
        <source>Already sent an idea?</source>
        <translation>Уже отправили идею?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="137"/>
        <source>Use your tracking code to see what happened to it.</source>
        <translation>По коду отслеживания можно узнать, что с ней стало.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="138"/>
        <source>Check my idea</source>
        <translation>Проверить мою идею</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="139"/>
        <source>Your idea goes to the organization that runs the topic. When you finish, or leave the kiosk for a while, everything you typed is cleared from the screen.</source>
        <translation>Ваша идея поступит в организацию, которая ведёт эту тему. Когда вы закончите или ненадолго отойдёте от киоска, всё, что вы ввели, будет стёрто с экрана.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="146"/>
        <source>Deadline: %1</source>
        <translation>Приём идей до %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/startup.py" line="43"/>
        <source>Idea Bank</source>
        <translation>Банк идей</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="44"/>
        <source>This computer has no password keyring, so your sign-in cannot be kept. Idea Bank will ask for your password at the next start; nothing secret is written to disk.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому вход не удастся запомнить. Банк идей спросит пароль при следующем запуске; ничего секретного на диск не записывается.</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Desktop</source>
        <extracomment>Contests drawn in a chart across the organization; the table and the CSV have them all.</extracomment>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="43"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Shortlisted</source>
        <translation>В шорт-листе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="48"/>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="51"/>
        <source>No ideas yet — they appear here as they arrive from desktops and kiosks or are imported, even while this computer is offline.</source>
        <translation>Идей пока нет — они появятся здесь по мере поступления с компьютеров и киосков или после импорта, даже когда этот компьютер без сети.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="68"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="87"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="77"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="78"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="97"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="122"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="202"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Ideas</source>
        <translation>Идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="78"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="86"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Contest</source>
        <translation>Конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Share (%)</source>
        <translation>Доля (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="110"/>
        <source>Ideas received</source>
        <translation>Поступило идей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="112"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="204"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented</source>
        <translation>Реализовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="114"/>
        <source>Stage %1: %2</source>
        <translation>Этап %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="117"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="129"/>
        <source>%1 · no decision yet</source>
        <translation>%1 · решений пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="130"/>
        <source>%1 · advanced: %2 of %3 (%4)</source>
        <translation>%1 · прошли дальше: %2 из %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Advanced</source>
        <translation>Прошли дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Pass rate (%)</source>
        <translation>Доля прошедших (%)</translation>
    </message>
    <message>
        <source>%1 · %2 passed</source>
        <translation type="vanished">%1 · прошли %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Passed from the step before (%)</source>
        <translation type="vanished">Прошли с предыдущего шага (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="148"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Average score</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="153"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="169"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="207"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale from</source>
        <translation>Шкала: от</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale to</source>
        <translation>Шкала: до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="159"/>
        <source>No scores yet — averages appear as evaluators send their scores.</source>
        <translation>Оценок пока нет — средние появятся, когда эксперты отправят свои оценки.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="165"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="166"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Evaluator</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="173"/>
        <source>Done (%)</source>
        <translation>Готово (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="176"/>
        <source>No evaluator is assigned yet — assign ideas to evaluators on the Assignment tab.</source>
        <translation>Эксперты пока не назначены — назначьте идеи экспертам на вкладке «Назначение».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="182"/>
        <source>Leniency</source>
        <translation>Мягкость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Leniency (scale points)</source>
        <translation>Мягкость (баллы шкалы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="190"/>
        <source>Finished scorings</source>
        <translation>Завершённые оценивания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="192"/>
        <source>No finished scoring yet — leniency appears once evaluators have scored every criterion of an idea.</source>
        <translation>Завершённых оцениваний пока нет — мягкость появится, когда эксперты оценят идею по всем критериям.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="203"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Taken up for implementation</source>
        <translation>Взято в реализацию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented (%)</source>
        <translation>Реализовано (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="45"/>
        <source>Show figures for</source>
        <translation>Показатели для</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="47"/>
        <source>Show figures &amp;for:</source>
        <translation>Показатели &amp;для:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="53"/>
        <source>Ideas received over time, by channel</source>
        <translation>Поступление идей по времени и каналам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="55"/>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="189"/>
        <source>Ideas per contest and channel</source>
        <translation>Идеи по конкурсам и каналам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="57"/>
        <source>Ideas by status</source>
        <translation>Идеи по статусам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="59"/>
        <source>Stage funnel and pass rates</source>
        <translation>Воронка этапов и доля прошедших</translation>
    </message>
    <message>
        <source>An idea is in a stage once it is assigned to an evaluator there.</source>
        <translation type="vanished">Идея считается на этапе, когда она назначена эксперту этого этапа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="65"/>
        <source>Average score per criterion</source>
        <translation>Средний балл по критериям</translation>
    </message>
    <message>
        <source>Evaluator progress: ideas scored of assigned</source>
        <translation type="vanished">Ход работы экспертов: оценено из назначенных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="69"/>
        <source>Evaluator leniency</source>
        <translation>Мягкость экспертов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="70"/>
        <source>How far an evaluator&apos;s scores lie from the other evaluators&apos; scores for the same ideas, in scale points: above zero lenient, below zero harsh.</source>
        <translation>Насколько оценки эксперта отличаются от оценок других экспертов за те же идеи, в баллах шкалы: выше нуля — мягкий, ниже нуля — строгий.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="75"/>
        <source>Ideas implemented</source>
        <translation>Реализованные идеи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="76"/>
        <source>Taken up for implementation: planned, in progress or finished. Implemented: recorded as finished.</source>
        <translation>Взято в реализацию: запланировано, выполняется или завершено. Реализовано: отмечено как завершённое.</translation>
    </message>
    <message>
        <source>Counted from winning ideas until the implementation of each is recorded.</source>
        <translation type="vanished">Считается по идеям-победителям, пока реализация каждой не отмечена отдельно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="60"/>
        <source>An idea is in a stage once it is assigned to an evaluator or decided on there. Pass rate: the ideas that advanced, of those decided; ideas returned for improvement are not decided yet.</source>
        <translation>Идея считается на этапе, когда она назначена эксперту этого этапа или по ней принято решение. Доля прошедших: прошедшие дальше из тех, по кому принято решение; идеи, возвращённые на доработку, ещё не решены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="67"/>
        <source>Evaluator progress: finished of assigned</source>
        <translation>Ход работы экспертов: завершено из назначенных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="125"/>
        <source>This contest</source>
        <translation>Этот конкурс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="126"/>
        <source>The whole organization</source>
        <translation>Вся организация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="181"/>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать показатели: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="186"/>
        <source>%n idea(s), from the data on this computer</source>
        <translation>
            <numerusform>%n идея, по данным на этом компьютере</numerusform>
            <numerusform>%n идеи, по данным на этом компьютере</numerusform>
            <numerusform>%n идей, по данным на этом компьютере</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="190"/>
        <source>Ideas by channel</source>
        <translation>Идеи по каналам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="192"/>
        <source>The %1 contests with the most ideas are drawn; the numbers and the CSV file have all of them.</source>
        <translation>Показаны %1 конкурсов с наибольшим числом идей; в числах и в файле CSV есть все.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="197"/>
        <source>Dates in the %1 time zone.</source>
        <translation>Даты в часовом поясе %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="24"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="30"/>
        <source>Choose between their value and yours (Ctrl+Shift+K)</source>
        <translation>Выберите между их значением и вашим (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="36"/>
        <source>See which changes the server refused, and why</source>
        <translation>Посмотреть, какие изменения сервер отклонил и почему</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="38"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="40"/>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Отправить ваши изменения и получить новые (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="66"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="68"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="70"/>
        <source>○ Offline — your work is kept and sent later</source>
        <translation>○ Нет связи — ваша работа сохраняется и будет отправлена позже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="74"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="91"/>
        <source>The server asked for a fresh copy, so everything was downloaded again. Your unsent work was kept and sent.</source>
        <translation>Сервер запросил свежую копию, поэтому всё загружено заново. Ваша неотправленная работа сохранена и отправлена.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation type="vanished">
            <numerusform>Сервер отклонил %n изменение</numerusform>
            <numerusform>Сервер отклонил %n изменения</numerusform>
            <numerusform>Сервер отклонил %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation type="vanished">
            <numerusform>Нужно разрешить %n конфликт</numerusform>
            <numerusform>Нужно разрешить %n конфликта</numerusform>
            <numerusform>Нужно разрешить %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="94"/>
        <source>This computer&apos;s clock is off by %1 minutes.</source>
        <translation>Часы этого компьютера расходятся на %1 мин.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="102"/>
        <source>Log in again to sync.</source>
        <translation>Войдите снова, чтобы синхронизировать данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="103"/>
        <source>Please update Idea Bank: the server no longer accepts this version. Your unsent work is kept.</source>
        <translation>Пожалуйста, обновите Банк идей: сервер больше не принимает эту версию. Неотправленная работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="105"/>
        <source>Sync cancelled. What was received is kept.</source>
        <translation>Синхронизация отменена. Полученные данные сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="106"/>
        <source>The server refused the sync: %1</source>
        <translation>Сервер отклонил синхронизацию: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="117"/>
        <source>%n conflict(s) — resolve</source>
        <translation>
            <numerusform>%n конфликт — разрешить</numerusform>
            <numerusform>%n конфликта — разрешить</numerusform>
            <numerusform>%n конфликтов — разрешить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="122"/>
        <source>%n change(s) refused — see why</source>
        <translation>
            <numerusform>%n изменение отклонено — почему?</numerusform>
            <numerusform>%n изменения отклонено — почему?</numerusform>
            <numerusform>%n изменений отклонено — почему?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="137"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="138"/>
        <source>Everything sent</source>
        <translation>Всё отправлено</translation>
    </message>
</context>
</TS>
