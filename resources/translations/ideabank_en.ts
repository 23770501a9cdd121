<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignmentTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="42"/>
        <source>Add &amp;scoring stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="43"/>
        <source>Add a stage in which evaluators score ideas on criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="44"/>
        <source>This contest has no scoring stage yet. Add one to assign evaluators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="51"/>
        <source>Evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="53"/>
        <source>Assign to selected ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="55"/>
        <source>Every checked evaluator gets every idea selected in the Ideas tab (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="73"/>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="77"/>
        <source>Selected ideas (choose them in the Ideas tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="79"/>
        <source>Evaluators to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="87"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="124"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="130"/>
        <source>%1 — ideas with evaluators: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="133"/>
        <source>No stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="151"/>
        <source>%1 (%n idea(s) in this stage)</source>
        <translation>
            <numerusform>%1 (%n idea in this stage)</numerusform>
            <numerusform>%1 (%n ideas in this stage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="172"/>
        <source>%n idea(s) selected in the Ideas tab.</source>
        <translation>
            <numerusform>%n idea selected in the Ideas tab.</numerusform>
            <numerusform>%n ideas selected in the Ideas tab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="173"/>
        <source>Select ideas in the Ideas tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="193"/>
        <source>The assignments could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="197"/>
        <source>%n assignment(s) created</source>
        <translation>
            <numerusform>%n assignment created</numerusform>
            <numerusform>%n assignments created</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="199"/>
        <source>No new assignments: the checked evaluators already have these ideas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="67"/>
        <source>When (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="68"/>
        <source>When (this computer&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="90"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="37"/>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="48"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="49"/>
        <source>Refresh the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="50"/>
        <source>Load &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="51"/>
        <source>Load older audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="53"/>
        <source>Who did what in your organization: logins, contests, stages, criteria, assignments and user accounts. The log is kept on the server and cannot be changed; it needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="92"/>
        <source>Reading the audit log from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="105"/>
        <source>The audit log could not be read: %1 Try Refresh when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="119"/>
        <source>The log is empty: nothing has been recorded for your organization yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="122"/>
        <source>The newest %n entries; load older ones below.</source>
        <translation>
            <numerusform>The newest %n entry; load older ones below.</numerusform>
            <numerusform>The newest %n entries; load older ones below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="125"/>
        <source>All %n entries.</source>
        <translation>
            <numerusform>%n entry in all.</numerusform>
            <numerusform>All %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="8"/>
        <source>logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="9"/>
        <source>failed to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="10"/>
        <source>created the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="11"/>
        <source>changed the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="12"/>
        <source>approved the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="13"/>
        <source>rejected the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="14"/>
        <source>created a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="15"/>
        <source>changed a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="16"/>
        <source>removed a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="17"/>
        <source>created a contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="18"/>
        <source>changed a contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="19"/>
        <source>deleted a contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="20"/>
        <source>added a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="21"/>
        <source>changed a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="22"/>
        <source>deleted a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="23"/>
        <source>added a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="24"/>
        <source>changed a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="25"/>
        <source>deleted a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="26"/>
        <source>assigned an evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="27"/>
        <source>changed an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="28"/>
        <source>removed an assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="29"/>
        <source>recorded a stage decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="30"/>
        <source>changed a stage decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="31"/>
        <source>reset a stage&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="32"/>
        <source>started implementation tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="33"/>
        <source>updated implementation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="34"/>
        <source>declared a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="35"/>
        <source>an e-mail could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="39"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="40"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="41"/>
        <source>contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="42"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="43"/>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="44"/>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="45"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="46"/>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="47"/>
        <source>score reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="48"/>
        <source>implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="49"/>
        <source>conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="68"/>
        <source>%1 after %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="82"/>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="50"/>
        <source>You have not sent any ideas yet. Press Ctrl+N to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="58"/>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="59"/>
        <source>Write a new idea (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="67"/>
        <source>My ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="144"/>
        <source>Your idea “%1” was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="147"/>
        <source>Your idea “%1” was received. Its tracking code is %2 — keep it to follow your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="151"/>
        <source>Your idea “%1” is saved on this computer and will be sent as soon as the server can be reached. Its tracking code will appear here then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="58"/>
        <source>%1: numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="70"/>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="72"/>
        <source>Show the numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="73"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="74"/>
        <source>Save the chart %1 as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="75"/>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="76"/>
        <source>Save the numbers of %1 as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="150"/>
        <source>Save numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="63"/>
        <source>Check my idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="64"/>
        <source>Type the tracking code you received, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="66"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="68"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="69"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="78"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="79"/>
        <source>This is not a valid tracking code. A code has ten letters and digits, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="81"/>
        <source>No idea has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="82"/>
        <source>The kiosk is offline right now; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="83"/>
        <source>Your idea is saved on this kiosk and will be sent as soon as the kiosk is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="85"/>
        <source>The code could not be checked right now. Please try again later or ask a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="94"/>
        <source>Received: your idea is waiting to be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="95"/>
        <source>In review: experts are assessing your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="96"/>
        <source>Shortlisted: your idea has reached the next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="97"/>
        <source>Selected: your idea was chosen. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="98"/>
        <source>Implemented: your idea was put into practice. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="99"/>
        <source>Not selected this time. Thank you for taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="100"/>
        <source>Withdrawn: this idea is no longer being considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="102"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="107"/>
        <source>Idea: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="108"/>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseStageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="57"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="110"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="220"/>
        <source>Close stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="61"/>
        <source>Check who advances under the rule below. Nothing changes until you press Close stage; after that the stage takes no more scores and the decisions are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="66"/>
        <source>Advancement rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="69"/>
        <source>Number of ideas that advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="73"/>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="77"/>
        <source>Ideas of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="87"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="116"/>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="117"/>
        <source>Ideas that &amp;advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="118"/>
        <source>&amp;Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="119"/>
        <source>R&amp;eason (recorded with the decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="147"/>
        <source>The stage could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="152"/>
        <source>Close stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="156"/>
        <source>Every evaluator finds every requirement met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="157"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="159"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="160"/>
        <source>Every idea with at least a minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="161"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="210"/>
        <source>Set the stage&apos;s revision deadline first (Stages tab): authors must know by when to revise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="214"/>
        <source>The returned ideas go back to their authors with the evaluators&apos; suggestions; revisions are due by %1 (%2 time). The stage stays open and the revised ideas are checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="219"/>
        <source>Return for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="228"/>
        <source>Write the reason for your choice: it is recorded with the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="229"/>
        <source>Some ideas are not fully judged, so the rule cannot decide them: write why the stage closes without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="235"/>
        <source>This stage has no ideas to decide on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="236"/>
        <source>%1 of %2 ideas advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="240"/>
        <source>%n returned for improvement.</source>
        <translation>
            <numerusform>%n returned for improvement.</numerusform>
            <numerusform>%n returned for improvement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="243"/>
        <source>%n do(es) not advance.</source>
        <translation>
            <numerusform>%n does not advance.</numerusform>
            <numerusform>%n do not advance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="245"/>
        <source>%n not fully judged: the rule cannot decide them.</source>
        <translation>
            <numerusform>%n not fully judged: the rule cannot decide it.</numerusform>
            <numerusform>%n not fully judged: the rule cannot decide them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not fully scored: cannot advance by score.</source>
        <translation type="vanished">
            <numerusform>%n not fully scored: cannot advance by score.</numerusform>
            <numerusform>%n not fully scored: cannot advance by score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="252"/>
        <source>%n ideas tied at place %1 — all advance.</source>
        <translation>
            <numerusform>%n idea tied at place %1 — all advance.</numerusform>
            <numerusform>%n ideas tied at place %1 — all advance.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="274"/>
        <source>The ideas could not be returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="284"/>
        <source>The stage could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>advances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>does not advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="77"/>
        <source>returned for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="99"/>
        <source>%1 of %2 evaluators: all requirements met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="102"/>
        <source>incomplete — not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="115"/>
        <source>Checked: the author gets the suggestions and may send a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="116"/>
        <source>Checked: this idea advances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="47"/>
        <source>Thank you! Your idea was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="48"/>
        <source>Your tracking code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="49"/>
        <source>Write down this code to follow your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="50"/>
        <source>It will be sent as soon as the kiosk is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="51"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="52"/>
        <source>QR code of your tracking code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="20"/>
        <source>Declare conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="21"/>
        <source>You declare that you cannot judge “%1” impartially, for example because you know its author or gain from it. The idea is given to another evaluator and leaves your list; this cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="28"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="29"/>
        <source>The reason, seen by the organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="38"/>
        <source>Declare conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="68"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="34"/>
        <source>Conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="37"/>
        <source>Someone else changed these fields on the server while you were changing them too. Until you choose, Idea Bank shows their value; your value waits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="42"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="50"/>
        <source>No conflicts: everything you changed has reached the server as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="54"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Their value, on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="55"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="124"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="56"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="57"/>
        <source>Drop your value; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="58"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="59"/>
        <source>Send your value to the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="63"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="99"/>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="129"/>
        <source>Theirs, on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="130"/>
        <source>Mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="150"/>
        <source>This conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="154"/>
        <source>Your value is being sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="155"/>
        <source>Their value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Theirs (on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="39"/>
        <source>Mine (your change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="47"/>
        <source>New contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="49"/>
        <source>What the contest asks people for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="55"/>
        <source>One requirement per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="70"/>
        <source>Start and end are times in this zone. You may type any IANA time zone name, for example Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="72"/>
        <source>Public: anyone, including kiosks, may send ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="73"/>
        <source>Internal: only staff of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="78"/>
        <source>Expert evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="88"/>
        <source>Create contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="106"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="113"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="114"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="115"/>
        <source>&amp;Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="116"/>
        <source>&amp;Open from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="119"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="120"/>
        <source>Who may take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="121"/>
        <source>&amp;Scoring stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="122"/>
        <source>Scoring criteria (each scored from 1 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="137"/>
        <source>Enter a title for the contest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="140"/>
        <source>“%1” is not a known time zone. Choose one from the list or type a name such as Asia/Baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="144"/>
        <source>The contest must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="146"/>
        <source>Enter a title for the scoring stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="177"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="185"/>
        <source>The contest could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestList</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="151"/>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="159"/>
        <source>Contests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="152"/>
        <source>&amp;New contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="154"/>
        <source>Create a contest with its scoring criteria (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="156"/>
        <source>No contests yet. Create the first one with New contest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContestListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="60"/>
        <source>Internal · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Internal · %n idea
Deadline: %1 (%2)</numerusform>
            <numerusform>Internal · %n ideas
Deadline: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="62"/>
        <source>Public · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Public · %n idea
Deadline: %1 (%2)</numerusform>
            <numerusform>Public · %n ideas
Deadline: %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="91"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="92"/>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="93"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="103"/>
        <source>&amp;Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="157"/>
        <source>Add at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="163"/>
        <source>Criterion %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="165"/>
        <source>Two criteria are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="43"/>
        <source>Criterion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="46"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="47"/>
        <source>Very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="55"/>
        <source>How much this criterion counts in the weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluatorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="50"/>
        <source>Show only unfinished ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="57"/>
        <source>Ideas to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="64"/>
        <source>No ideas are assigned to you yet. They appear here once the organizer assigns them and this computer has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="71"/>
        <source>Your ideas to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="88"/>
        <source>Declare conflict of &amp;interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="89"/>
        <source>You cannot judge this idea impartially: it goes to another evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="165"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="218"/>
        <source>Unsaved scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="219"/>
        <source>You changed scores on this idea without saving. Save them as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="254"/>
        <source>All ideas assigned to you are scored. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <location filename="../../desktop/ui/kiosk/form_fields.py" line="101"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaFormPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="100"/>
        <source>Write your idea in your own words. You do not have to give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="102"/>
        <source>Category of your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="103"/>
        <source>Please choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="105"/>
        <source>Title of your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="106"/>
        <source>Describe your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="107"/>
        <source>What would get better? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="109"/>
        <source>I agree that my name and contact details are stored to answer me about this idea; they are deleted from this kiosk once sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="111"/>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="112"/>
        <source>Phone number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="113"/>
        <source>Email address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="114"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="249"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="117"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="127"/>
        <source>Please give your idea a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="128"/>
        <source>Please describe your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="130"/>
        <source>This is too long: please use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="133"/>
        <source>This does not look like an email address. Example: name@example.az</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="135"/>
        <source>Please enter a phone number with 7 to 20 digits, for example +994 12 345 67 89.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="140"/>
        <source>Sorry, your idea could not be saved. Please try again or ask a staff member for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="143"/>
        <source>Please correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaOutcomeView</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="128"/>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="129"/>
        <source>Improve the idea along the suggestions and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="177"/>
        <source>went on to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="178"/>
        <source>did not go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="179"/>
        <source>returned for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="187"/>
        <source>Select one of your ideas to see how it is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="193"/>
        <source>Your idea was returned for improvement. The evaluators suggest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="194"/>
        <source>(no suggestions given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="196"/>
        <source>Send your revision by %1 (%2 time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="203"/>
        <source>Results announced on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="206"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="209"/>
        <source>Feedback for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="215"/>
        <source>Implementation: %1, %2% done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="218"/>
        <source>Planned to be done by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="224"/>
        <source>The outcome appears here once the organizer announces the results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaView</name>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="35"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="37"/>
        <source>Expected benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="41"/>
        <source>Select an idea in the list on the left to read and score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="70"/>
        <source>No expected benefit was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="123"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="128"/>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="55"/>
        <source>Search in titles and texts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="83"/>
        <source>Text of the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="103"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="104"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="105"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="106"/>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="108"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="111"/>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="112"/>
        <source>Ideas assigned to evaluators in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="113"/>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="115"/>
        <source>Filter by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="116"/>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="118"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="120"/>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="121"/>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="130"/>
        <source>%1 (a day in the contest&apos;s time zone; the first value means any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="134"/>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="170"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="304"/>
        <source>No idea matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="306"/>
        <source>No idea matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="308"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="322"/>
        <source>Select an idea to read it here. Select several with Ctrl or Shift to assign them together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/idle.py" line="120"/>
        <source>Are you still there? Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Are you still there? Returning to the start in %n second</numerusform>
            <numerusform>Are you still there? Returning to the start in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idle.py" line="122"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="31"/>
        <source>not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="44"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImplementationTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="49"/>
        <source>Winning ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="67"/>
        <source>Progress in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="71"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="86"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="87"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="88"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="77"/>
        <source>Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="79"/>
        <source>Save this idea&apos;s implementation record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="83"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="84"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="85"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="124"/>
        <source>Implementation is tracked for the ideas that advance in the last stage, once that stage is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="127"/>
        <source>No idea advanced in the last stage, so there is nothing to implement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="130"/>
        <source>Choose a winning idea to record its status, progress, notes and dates. Its author sees them after the results are announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="150"/>
        <source>No idea selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="164"/>
        <source>The finish date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="188"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="190"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="100"/>
        <source>Idea Bank — share your idea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Ideas scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Mean deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="39"/>
        <source>Tendency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="44"/>
        <source>lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="46"/>
        <source>harsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="47"/>
        <source>in line with the panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="33"/>
        <source>Idea Bank — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="47"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="48"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="49"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="52"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="58"/>
        <source>Sign in to Idea Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71"/>
        <source>Enter the server, your user name and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="73"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="89"/>
        <source>Wrong password. The server cannot be reached, so it was checked against this computer&apos;s copy of your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="95"/>
        <source>This profile folder belongs to %1. Sign in as %1, or start without choosing a profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="99"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="93"/>
        <location filename="../../desktop/ui/login_dialog.py" line="102"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="104"/>
        <source>Please update Idea Bank: the server no longer accepts this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Too many failed sign-ins. Try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="110"/>
        <source>Your organization is waiting for approval by the platform administrator. You can sign in once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Your organization&apos;s registration was not approved. Please contact the platform administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42"/>
        <source>Idea Bank — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <source>Resolve &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>&amp;Refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyIdeasModel</name>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="69"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="74"/>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Returned for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="96"/>
        <source>The server gives the code when the idea reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="97"/>
        <source>after sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdeaForm</name>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="46"/>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="49"/>
        <source>A short name for your idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="51"/>
        <source>What do you propose, and how would it work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="53"/>
        <source>Who gains what? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="60"/>
        <source>Submit idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="61"/>
        <source>Save the idea and send it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="65"/>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="70"/>
        <source>&amp;Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="71"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="72"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="73"/>
        <source>Expected &amp;benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="160"/>
        <source>No contest is accepting ideas right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="163"/>
        <source>Open until %1 (time zone %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="167"/>
        <source>For staff of the organization only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="177"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="191"/>
        <source>Choose the contest for your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="193"/>
        <source>Give your idea a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="195"/>
        <source>Describe your idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="198"/>
        <source>This is %1 characters long; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="217"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="228"/>
        <source>Your idea could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="41"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="42"/>
        <source>%1 (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="34"/>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="45"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="36"/>
        <source>Organizations register themselves and wait here. Approve one and its administrator can sign in and invite its staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="39"/>
        <source>&amp;Only those waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="41"/>
        <source>Show only organizations waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="57"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="58"/>
        <source>Approve the selected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="60"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="61"/>
        <source>Reject the selected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="86"/>
        <source>The organizations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="92"/>
        <source>No organization is waiting for approval. New registrations appear here after the next sync (File → Sync now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="95"/>
        <source>No organizations yet. They appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="127"/>
        <source>Reject the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="128"/>
        <source>Reject %1? Its people cannot sign in, and any sessions they have end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizerWorkspace</name>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="53"/>
        <source>&amp;Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="54"/>
        <source>&amp;Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="55"/>
        <source>&amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="56"/>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="57"/>
        <source>Sta&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="58"/>
        <source>I&amp;mplementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="60"/>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="100"/>
        <source>No contest selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="101"/>
        <source>Select a contest on the left, or create one with New contest (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="105"/>
        <source>Internal contest, open from %1 to %2 (%3 time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="107"/>
        <source>Public contest, open from %1 to %2 (%3 time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/workspace.py" line="131"/>
        <source>The server refused %n change(s) to this contest (File › Refused changes):</source>
        <translation>
            <numerusform>The server refused %n change to this contest (File › Refused changes):</numerusform>
            <numerusform>The server refused %n changes to this contest (File › Refused changes):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="75"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="76"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="77"/>
        <source>Erase the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="78"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="80"/>
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN, %n digit entered</numerusform>
            <numerusform>PIN, %n digits entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="85"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="87"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="88"/>
        <source>Wrong PIN. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="89"/>
        <source>No kiosk PIN is set for this organization; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="91"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolExporter</name>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="47"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="49"/>
        <source>CSV for spreadsheets, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="56"/>
        <source>Export the contest protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="67"/>
        <source>Protocol not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="90"/>
        <source>The protocol could not be written to %1: %2. Choose another folder, or free some disk space, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="94"/>
        <source>The protocol for %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30"/>
        <source>This account has no workspace in the desktop client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="15"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="16"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="17"/>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="18"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="19"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="20"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="21"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="161"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="164"/>
        <source>The server did not accept your scores: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="178"/>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="179"/>
        <source>◐ Partly scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="180"/>
        <source>○ Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="181"/>
        <source>⚠ Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Evaluators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="62"/>
        <source>incomplete — not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="70"/>
        <source>wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="84"/>
        <source>The evaluators&apos; scores for this idea lie far apart: at least 30% of the scale. Worth a look before closing the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="87"/>
        <source>Each evaluator&apos;s scores rescaled so that lenient and harsh evaluators count alike</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="96"/>
        <source>Score: the mean over the assigned evaluators of each one&apos;s weighted mean of the criteria. An idea is ranked once every assigned evaluator has scored every criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="66"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="68"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="213"/>
        <source>C&amp;lose stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="69"/>
        <source>See who advances under the stage&apos;s rule, then confirm to close the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="72"/>
        <source>A&amp;nnounce results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="73"/>
        <source>Tell the authors their outcomes and release their feedback; possible once every stage is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="80"/>
        <source>Export protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="82"/>
        <source>Export the contest protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="83"/>
        <source>Save the contest protocol (stages, criteria and weights, evaluators, scores, ranking, decisions) as PDF, Excel or CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="94"/>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="95"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="122"/>
        <source>Evaluator leniency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="103"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="172"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="184"/>
        <source>Mean deviation: how far an evaluator&apos;s scores lie, on average, from the panel&apos;s mean for the same ideas (+ lenient, − harsh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="187"/>
        <source>The leniency report appears once evaluators have fully scored ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="190"/>
        <source>This contest has no scoring stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="192"/>
        <source>No idea is assigned to an evaluator in this stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="194"/>
        <source>A screening stage ranks nothing: Close stage… shows who passes the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="197"/>
        <source>%1 ranked, %2 waiting for scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="214"/>
        <source>Stage closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="226"/>
        <source>Results announced on %1 (%2 time). Authors see their outcomes and feedback; the results are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="233"/>
        <source>Results can be announced once every stage is closed (%n still open).</source>
        <translation>
            <numerusform>Results can be announced once every stage is closed (%n still open).</numerusform>
            <numerusform>Results can be announced once every stage is closed (%n still open).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="236"/>
        <source>Every stage is closed: the results can be announced to the authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="242"/>
        <source>Announce results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="243"/>
        <source>Announce the results of “%1”? Every author then sees the outcome of their idea and the feedback released to them (never the evaluators&apos; names). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="262"/>
        <source>The results could not be announced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="282"/>
        <source>Writing the protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="286"/>
        <source>Protocol saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="27"/>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="48"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="57"/>
        <source>%1 (%2 time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="28"/>
        <source>Changes refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="31"/>
        <source>The server did not accept these changes, for the reason shown. They are not on the server: correct the item and save it again, or dismiss the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="36"/>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="45"/>
        <source>Nothing refused: the server accepted all your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="47"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="48"/>
        <source>Forget this note (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="52"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="74"/>
        <source>The refused changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalsModel</name>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Reason given by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="39"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="44"/>
        <source>Removal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionForm</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="54"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="57"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="62"/>
        <source>Expected benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="64"/>
        <source>Send revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="72"/>
        <source>Expected &amp;benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="94"/>
        <source>A revision needs a title and a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="109"/>
        <source>The revision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="83"/>
        <source>This stage is closed: scores can no longer be changed. Your scores are shown as they were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="89"/>
        <source>Your scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="104"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="105"/>
        <source>Save the scores given so far (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="106"/>
        <source>Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="107"/>
        <source>Save and open the next unfinished idea (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="111"/>
        <source>Tab moves to the next field. Ctrl+S saves a draft; Ctrl+Enter saves and opens the next unfinished idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="166"/>
        <source>The scores could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="179"/>
        <source>Scoring closes on %1 (time zone %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="201"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="205"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="206"/>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="210"/>
        <source>Scale %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="228"/>
        <source>Low importance (weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="229"/>
        <source>Medium importance (weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="230"/>
        <source>Very important (weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="231"/>
        <source>Weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="235"/>
        <source>The server did not accept your scores for this idea: %1
Your values are still shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="268"/>
        <source>A comment is saved only with a score. Give a score for %1 or clear its comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="276"/>
        <source>Score at least one criterion to save a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="291"/>
        <source>Your scores could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="296"/>
        <source>Saved at %1. Scores are sent to the server whenever it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="58"/>
        <source>Your check of the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="73"/>
        <source>Suggestions for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="74"/>
        <source>What the author could improve. The author sees this without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="77"/>
        <source>&amp;Suggestions for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="82"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="83"/>
        <source>Save the answers given so far (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="84"/>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="85"/>
        <source>Every requirement answered: save and open the next idea (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="90"/>
        <source>Tab moves between Met and Not met; Space chooses. Ctrl+S saves a draft; Ctrl+Enter finalizes and opens the next idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="137"/>
        <source>The check could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="150"/>
        <source>Checks close on %1 (time zone %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="166"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="167"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="188"/>
        <source>This stage is closed: the check can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="190"/>
        <source>This idea is with its author for improvement. It comes back here to be checked again once revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="193"/>
        <source>The contest announces no requirements to check. Ask the organizer to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="225"/>
        <source>Answer every requirement to finalize: %1 still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="229"/>
        <source>Answer at least one requirement to save a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="244"/>
        <source>Your check could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Finalized at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="38"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>A new language is used from the next start of Idea Bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="41"/>
        <source>&amp;High contrast (white on black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42"/>
        <source>High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="47"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49"/>
        <source>Theme and text size change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>Text &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>%1 is used from the next start of Idea Bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="92"/>
        <source>Kiosk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="93"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="94"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="96"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="97"/>
        <source>Idle timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="98"/>
        <source>After this long without a touch, the kiosk clears the screen for the next visitor (%1 to %2 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="103"/>
        <source>The settings could not be saved on this computer. Please try again or call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="105"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="109"/>
        <source>Enter a web address that starts with http:// or https://, for example https://ideas.example.az.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="36"/>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="39"/>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="40"/>
        <source>The settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="28"/>
        <source>Add scoring stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="29"/>
        <source>Expert evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="37"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="43"/>
        <source>Stage &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="46"/>
        <source>Criteria, each scored from 1 to 10:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="54"/>
        <source>Enter a title for the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="71"/>
        <source>The stage could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="86"/>
        <source>Stage title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="89"/>
        <source>Advancement rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="92"/>
        <source>Number of ideas that advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="96"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="144"/>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Revisions due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="100"/>
        <source>Lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="103"/>
        <source>Highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="109"/>
        <source>Reset scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="110"/>
        <source>Delete every score of this stage so that its criteria and weights can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="117"/>
        <source>Save stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="119"/>
        <source>Save this stage&apos;s settings (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="140"/>
        <source>Tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="141"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Scoring &amp;closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="142"/>
        <source>Who ad&amp;vances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="143"/>
        <source>Ideas that advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="145"/>
        <source>Returned ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="148"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="154"/>
        <source>Sc&amp;ore scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="155"/>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="162"/>
        <source>Requirements each evaluator checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="190"/>
        <source>Select a stage, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Screening stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Scoring stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="197"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="202"/>
        <source>Every evaluator finds every requirement met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="203"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="205"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="206"/>
        <source>Every idea with at least a minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="207"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="225"/>
        <source>The contest announces no requirements: add them to the contest before screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Checks &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="248"/>
        <source>This stage is closed: its settings are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="251"/>
        <source>Scoring has started (%n score(s) given): criteria, weights and the scale are locked so that every idea is judged alike. Reset the scores to change them.</source>
        <translation>
            <numerusform>Scoring has started (%n score given): criteria, weights and the scale are locked so that every idea is judged alike. Reset the scores to change them.</numerusform>
            <numerusform>Scoring has started (%n scores given): criteria, weights and the scale are locked so that every idea is judged alike. Reset the scores to change them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="263"/>
        <source>Enter a title for the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="266"/>
        <source>The highest score must be above the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="294"/>
        <source>Reset scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="295"/>
        <source>Delete all %n score(s) given in “%1”? The evaluators will have to score every idea of this stage again. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n score given in “%1”? The evaluators will have to score every idea of this stage again. This cannot be undone.</numerusform>
            <numerusform>Delete all %n scores given in “%1”? The evaluators will have to score every idea of this stage again. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="41"/>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="42"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="45"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="46"/>
        <source>Stages in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="50"/>
        <source>Add scr&amp;eening stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="51"/>
        <source>Add scori&amp;ng stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="52"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="54"/>
        <source>Move the selected stage earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="55"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="57"/>
        <source>Move the selected stage later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="65"/>
        <source>Stages, in the order ideas go through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="128"/>
        <source>A contest is judged in two or more stages, for example a screening against the requirements and then a scoring on criteria. Add the missing stage below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="174"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Expert evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="193"/>
        <source>Stage added. Set its deadline and rule, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="200"/>
        <source>Order saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="206"/>
        <source>Stage saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="210"/>
        <source>The scores are deleted once the server has the reset; criteria unlock then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="130"/>
        <source>Have an idea to make our services better?</source>
        <extracomment>Each language&apos;s own name: a visitor must recognise hers whatever is on screen now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="131"/>
        <source>Choose a topic below and write your idea. It takes a few minutes, and you do not need an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="133"/>
        <source>Topics open for ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="134"/>
        <source>No topics are open for ideas right now. Please come back another day. Thank you for your interest!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="136"/>
        <source>Already sent an idea?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="137"/>
        <source>Use your tracking code to see what happened to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="138"/>
        <source>Check my idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="139"/>
        <source>Your idea goes to the organization that runs the topic. When you finish, or leave the kiosk for a while, everything you typed is cleared from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="146"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/startup.py" line="43"/>
        <source>Idea Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="44"/>
        <source>This computer has no password keyring, so your sign-in cannot be kept. Idea Bank will ask for your password at the next start; nothing secret is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Desktop</source>
        <extracomment>Contests drawn in a chart across the organization; the table and the CSV have them all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="43"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="48"/>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="51"/>
        <source>No ideas yet — they appear here as they arrive from desktops and kiosks or are imported, even while this computer is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="68"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="87"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="78"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="86"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="110"/>
        <source>Ideas received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="112"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="204"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="114"/>
        <source>Stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="117"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="129"/>
        <source>%1 · no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="130"/>
        <source>%1 · advanced: %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Pass rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="148"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="153"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="169"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="207"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="159"/>
        <source>No scores yet — averages appear as evaluators send their scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="165"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="166"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="173"/>
        <source>Done (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="176"/>
        <source>No evaluator is assigned yet — assign ideas to evaluators on the Assignment tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="182"/>
        <source>Leniency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Leniency (scale points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="190"/>
        <source>Finished scorings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="192"/>
        <source>No finished scoring yet — leniency appears once evaluators have scored every criterion of an idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="203"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Taken up for implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="45"/>
        <source>Show figures for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="47"/>
        <source>Show figures &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="53"/>
        <source>Ideas received over time, by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="55"/>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="189"/>
        <source>Ideas per contest and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="57"/>
        <source>Ideas by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="59"/>
        <source>Stage funnel and pass rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="60"/>
        <source>An idea is in a stage once it is assigned to an evaluator or decided on there. Pass rate: the ideas that advanced, of those decided; ideas returned for improvement are not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="65"/>
        <source>Average score per criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="67"/>
        <source>Evaluator progress: finished of assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="69"/>
        <source>Evaluator leniency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="70"/>
        <source>How far an evaluator&apos;s scores lie from the other evaluators&apos; scores for the same ideas, in scale points: above zero lenient, below zero harsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="75"/>
        <source>Ideas implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="76"/>
        <source>Taken up for implementation: planned, in progress or finished. Implemented: recorded as finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="125"/>
        <source>This contest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="126"/>
        <source>The whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="181"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="186"/>
        <source>%n idea(s), from the data on this computer</source>
        <translation>
            <numerusform>%n idea, from the data on this computer</numerusform>
            <numerusform>%n ideas, from the data on this computer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="190"/>
        <source>Ideas by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="192"/>
        <source>The %1 contests with the most ideas are drawn; the numbers and the CSV file have all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="197"/>
        <source>Dates in the %1 time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="24"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="30"/>
        <source>Choose between their value and yours (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="36"/>
        <source>See which changes the server refused, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="38"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="40"/>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="66"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="68"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="70"/>
        <source>○ Offline — your work is kept and sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="74"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="91"/>
        <source>The server asked for a fresh copy, so everything was downloaded again. Your unsent work was kept and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation type="vanished">
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation type="vanished">
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="94"/>
        <source>This computer&apos;s clock is off by %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="102"/>
        <source>Log in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="103"/>
        <source>Please update Idea Bank: the server no longer accepts this version. Your unsent work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="105"/>
        <source>Sync cancelled. What was received is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="106"/>
        <source>The server refused the sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="117"/>
        <source>%n conflict(s) — resolve</source>
        <translation>
            <numerusform>%n conflict — resolve</numerusform>
            <numerusform>%n conflicts — resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="122"/>
        <source>%n change(s) refused — see why</source>
        <translation>
            <numerusform>%n change refused — see why</numerusform>
            <numerusform>%n changes refused — see why</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="137"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="138"/>
        <source>Everything sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
