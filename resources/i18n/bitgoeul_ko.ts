<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Intrusion</source>
        <translation>침입</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>배회</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>쓰러짐</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>밀집</translation>
    </message>
    <message>
        <source>Pedestrian on red</source>
        <translation>적색 신호 보행</translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation>불법 주정차</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>충전기 고장</translation>
    </message>
    <message>
        <source>Bin full</source>
        <translation>수거함 가득 참</translation>
    </message>
    <message>
        <source>Emergency bell</source>
        <translation>비상벨</translation>
    </message>
    <message>
        <source>Camera offline</source>
        <translation>카메라 끊김</translation>
    </message>
    <message>
        <source>Stream degraded</source>
        <translation>영상 품질 저하</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>긴급</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>No hub configured</source>
        <translation>허브 미설정</translation>
    </message>
    <message>
        <source>Start with --hub URL or --demo, or set the hub on the Admin page.</source>
        <translation>--hub URL 또는 --demo로 시작하거나, 관리 화면에서 허브를 설정하십시오.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>허브에 연결 중…</translation>
    </message>
    <message>
        <source>Hub online</source>
        <translation>허브 연결됨</translation>
    </message>
    <message>
        <source>%1
last answer %2</source>
        <translation>%1
마지막 응답 %2</translation>
    </message>
    <message>
        <source>Offline since %1 — cached data</source>
        <translation>%1부터 오프라인 — 저장된 데이터 표시 중</translation>
    </message>
    <message>
        <source>%1
%2
failed probes: %3</source>
        <translation>%1
%2
실패한 확인: %3회</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <source>Time (KST)</source>
        <translation>시각 (KST)</translation>
    </message>
    <message>
        <source>Hour (KST)</source>
        <translation>시간대 (KST)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>주차장</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>행정동</translation>
    </message>
    <message>
        <source>Spots</source>
        <translation>주차면</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>빈 면</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>점유율 (%)</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>충전 중</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>고장</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Drawing (kW)</source>
        <translation>사용 전력 (kW)</translation>
    </message>
    <message>
        <source>Rated (kW)</source>
        <translation>정격 (kW)</translation>
    </message>
    <message>
        <source>Charging station</source>
        <translation>충전소</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>커넥터 수</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>가득 참</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>수거 필요</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>자판기</translation>
    </message>
    <message>
        <source>PET (%)</source>
        <translation>페트 (%)</translation>
    </message>
    <message>
        <source>Cans (%)</source>
        <translation>캔 (%)</translation>
    </message>
    <message>
        <source>Paper (%)</source>
        <translation>종이 (%)</translation>
    </message>
    <message>
        <source>Items today</source>
        <translation>오늘 수거 품목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>수거</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>점유율</translation>
    </message>
    <message>
        <source>PV output</source>
        <translation>태양광 발전</translation>
    </message>
    <message>
        <source>Charging load</source>
        <translation>충전 부하</translation>
    </message>
    <message>
        <source>PV output now</source>
        <translation>현재 태양광 발전</translation>
    </message>
    <message>
        <source>PV energy today</source>
        <translation>오늘 태양광 발전량</translation>
    </message>
    <message>
        <source>Charging energy today</source>
        <translation>오늘 충전량</translation>
    </message>
    <message>
        <source>Parking occupancy</source>
        <translation>주차장 점유율</translation>
    </message>
    <message>
        <source>Free parking spots</source>
        <translation>빈 주차면</translation>
    </message>
    <message>
        <source>Connectors charging</source>
        <translation>충전 중인 커넥터</translation>
    </message>
    <message>
        <source>Connectors faulted or offline</source>
        <translation>고장·연결 끊김 커넥터</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>미처리 경보</translation>
    </message>
    <message>
        <source>Alerts this hour</source>
        <translation>이번 시간 경보</translation>
    </message>
    <message>
        <source>Pedestrians on red (24 h)</source>
        <translation>적색 신호 보행 (24시간)</translation>
    </message>
    <message>
        <source>Illegal parking (24 h)</source>
        <translation>불법 주정차 (24시간)</translation>
    </message>
    <message>
        <source>Collections due</source>
        <translation>수거 필요</translation>
    </message>
    <message>
        <source>Average bin fill</source>
        <translation>평균 적재율</translation>
    </message>
    <message>
        <source>Fine dust PM10</source>
        <translation>미세먼지 PM10</translation>
    </message>
    <message>
        <source>child</source>
        <translation>어린이</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>노인</translation>
    </message>
    <message>
        <source>Fullest bin</source>
        <translation>가장 찬 수거함</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Incident %1</source>
        <translation>사건 %1</translation>
    </message>
    <message numerus="yes">
        <source>Incident %1 (%n alerts)</source>
        <translation>
            <numerusform>사건 %1 (경보 %n건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>이관됨</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation>경찰 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation>소방 119</translation>
    </message>
    <message>
        <source>active</source>
        <translation>공유 중</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>회수됨</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>기록만</translation>
    </message>
    <message>
        <source>being delivered</source>
        <translation>전달 중</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>delivery failed</source>
        <translation>전달 실패</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>경보 수</translation>
    </message>
    <message>
        <source>Created (KST)</source>
        <translation>생성 (KST)</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>경보 발생</translation>
    </message>
    <message>
        <source>Alert changed</source>
        <translation>경보 상태 변경</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>절차 수행</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Incident created</source>
        <translation>사건 생성</translation>
    </message>
    <message>
        <source>Incident state</source>
        <translation>사건 상태 변경</translation>
    </message>
    <message>
        <source>Alert added</source>
        <translation>경보 추가</translation>
    </message>
    <message>
        <source>Alert removed</source>
        <translation>경보 제외</translation>
    </message>
    <message>
        <source>Camera viewed</source>
        <translation>카메라 열람</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>이관</translation>
    </message>
    <message>
        <source>Share revoked</source>
        <translation>영상 공유 회수</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>경보 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>maximised</source>
        <translation>확대</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n camera(s) within %2 m until %3 (KST)</source>
        <translation>
            <numerusform>%1 — 반경 %2 m 내 카메라 %n대, %3(KST)까지</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (KST)</source>
        <translation>시각 (KST)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>Look at the live camera and confirm what happens</source>
        <translation>실시간 카메라로 상황을 확인한다</translation>
    </message>
    <message>
        <source>Answer the pole&apos;s intercom and ask what is wrong</source>
        <translation>스마트폴 인터폰으로 응답하고 상황을 묻는다</translation>
    </message>
    <message>
        <source>Call police 112 if anyone is in danger</source>
        <translation>위험한 사람이 있으면 경찰 112에 신고한다</translation>
    </message>
    <message>
        <source>Keep the nearest cameras on the person until help arrives</source>
        <translation>도움이 도착할 때까지 가까운 카메라로 대상자를 지켜본다</translation>
    </message>
    <message>
        <source>Call fire 119 (ambulance) with the exact place</source>
        <translation>정확한 위치와 함께 소방 119(구급)에 신고한다</translation>
    </message>
    <message>
        <source>Keep the camera on the person until help arrives</source>
        <translation>도움이 도착할 때까지 카메라로 대상자를 지켜본다</translation>
    </message>
    <message>
        <source>Follow the person on the nearby cameras</source>
        <translation>주변 카메라로 대상자를 추적한다</translation>
    </message>
    <message>
        <source>Call police 112 if the behaviour is a threat</source>
        <translation>위협적인 행동이면 경찰 112에 신고한다</translation>
    </message>
    <message>
        <source>Check the crowd&apos;s movement for danger of crushing</source>
        <translation>군중의 움직임에서 압사 위험이 있는지 확인한다</translation>
    </message>
    <message>
        <source>Inform the district&apos;s safety office</source>
        <translation>구청 안전 부서에 알린다</translation>
    </message>
    <message>
        <source>Check the pedestrian reached the other side safely</source>
        <translation>보행자가 안전하게 건넜는지 확인한다</translation>
    </message>
    <message>
        <source>Report a signal fault if the phase looks wrong</source>
        <translation>신호가 이상하면 신호기 고장을 신고한다</translation>
    </message>
    <message>
        <source>Note the vehicle and the time</source>
        <translation>차량과 시각을 기록한다</translation>
    </message>
    <message>
        <source>Pass it to the parking enforcement team</source>
        <translation>주정차 단속반에 전달한다</translation>
    </message>
    <message>
        <source>Check whether a vehicle is stuck on the charger</source>
        <translation>충전기에 차량이 묶여 있는지 확인한다</translation>
    </message>
    <message>
        <source>Open a maintenance ticket with the charger operator</source>
        <translation>충전기 운영사에 정비를 요청한다</translation>
    </message>
    <message>
        <source>Schedule a collection with the recycling contractor</source>
        <translation>재활용 수거 업체에 수거를 요청한다</translation>
    </message>
    <message>
        <source>Check whether nearby cameras still see the area</source>
        <translation>주변 카메라가 해당 구역을 보고 있는지 확인한다</translation>
    </message>
    <message>
        <source>Open a maintenance ticket for the camera</source>
        <translation>카메라 정비를 요청한다</translation>
    </message>
    <message>
        <source>Write down what was done in the note</source>
        <translation>처리 내용을 메모에 남긴다</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bitgoeul Console</source>
        <translation>빛고을 관제 콘솔</translation>
    </message>
    <message>
        <source>The cache file cannot be used:
%1</source>
        <translation>캐시 파일을 사용할 수 없습니다:
%1</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Dong-gu Integrated Control Center</source>
        <translation>동구 통합관제센터</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Shift handover report — %1</source>
        <translation>근무 교대 인계 보고서 — %1</translation>
    </message>
    <message>
        <source>Shift from %1 to %2 (KST)</source>
        <translation>근무 시간 %1 ~ %2 (KST)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>발생 경보</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Still open at handover</source>
        <translation>인계 시 미결</translation>
    </message>
    <message>
        <source>Time to acknowledge (median)</source>
        <translation>확인까지 걸린 시간(중앙값)</translation>
    </message>
    <message>
        <source>Time to acknowledge (mean)</source>
        <translation>확인까지 걸린 시간(평균)</translation>
    </message>
    <message>
        <source>Time to resolve (median)</source>
        <translation>해결까지 걸린 시간(중앙값)</translation>
    </message>
    <message>
        <source>Alerts by category and severity</source>
        <translation>분류별·심각도별 경보</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>경보 수</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Open items for the next shift</source>
        <translation>다음 근무조 인계 사항</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>발생</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>처리 내역</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>관제요원</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Incidents created</source>
        <translation>생성된 사건</translation>
    </message>
    <message>
        <source>Incidents escalated to 112/119</source>
        <translation>112/119 이관 사건</translation>
    </message>
    <message>
        <source>Incidents still open</source>
        <translation>미결 사건</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Escalations and camera shares</source>
        <translation>이관 및 영상 공유</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>반경</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>공유 종료</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>bg::AboutDialog</name>
    <message>
        <source>About Bitgoeul Console</source>
        <translation>빛고을 관제 콘솔 정보</translation>
    </message>
    <message>
        <source>Bitgoeul Console %1</source>
        <translation>빛고을 관제 콘솔 %1</translation>
    </message>
    <message>
        <source>The operator console of the integrated CCTV control center of Dong-gu, Gwangju: live video with AI analytics, the Dong-gu map, the smart-city services (RE100 mega station, smart parking, smart poles, smart crosswalks, AI recycling machines) and the alerts that join them.

Built on %1, %2 and %3; SQLite; libsodium.</source>
        <translation>광주 동구 통합관제센터의 운영자 콘솔: AI 분석이 더해진 실시간 영상, 동구 지도, 스마트시티 서비스(RE100 메가스테이션, 스마트 주차, 스마트폴, 스마트 횡단보도, AI 재활용 자판기)와 이들을 잇는 경보.

%1, %2, %3, SQLite, libsodium 기반.</translation>
    </message>
    <message>
        <source>Data used by this program, and their licences</source>
        <translation>이 프로그램이 사용하는 데이터와 라이선스</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>bg::AdminPage</name>
    <message>
        <source>No hub saved: the next start runs the embedded simulator.</source>
        <translation>저장된 허브 없음: 다음 시작 때 내장 시뮬레이터로 실행합니다.</translation>
    </message>
    <message>
        <source>Not saved: the hub URL must start with http:// or https:// and name a host, e.g. http://hub.example:1026.</source>
        <translation>저장하지 않음: 허브 주소는 http:// 또는 https://로 시작하고 호스트를 포함해야 합니다(예: http://hub.example:1026).</translation>
    </message>
    <message>
        <source>Saved. The console connects to %1 at its next start.</source>
        <translation>저장했습니다. 다음 시작 때 %1에 연결합니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Data hub</source>
        <translation>데이터 허브</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>현재 연결</translation>
    </message>
    <message>
        <source>embedded simulator (bitgoeul-sim)</source>
        <translation>내장 시뮬레이터 bitgoeul-sim</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>명령줄 지정</translation>
    </message>
    <message>
        <source>from the settings</source>
        <translation>설정값</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Hub at next start</source>
        <translation>다음 시작 때 허브</translation>
    </message>
    <message>
        <source>empty: embedded simulator</source>
        <translation>비워 두면 내장 시뮬레이터</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>이 콘솔</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>캐시 파일</translation>
    </message>
    <message>
        <source>Created at this start.</source>
        <translation>이번 시작 때 새로 만들었습니다.</translation>
    </message>
    <message>
        <source>Upgraded from schema version %1 at this start.</source>
        <translation>이번 시작 때 스키마 버전 %1에서 올렸습니다.</translation>
    </message>
    <message>
        <source>The previous file was unreadable; it was kept as %1 and a new one was made.</source>
        <translation>이전 파일을 읽을 수 없어 %1(으)로 보관하고 새 파일을 만들었습니다.</translation>
    </message>
    <message>
        <source>%1
schema version %2. %3</source>
        <translation>%1
스키마 버전 %2. %3</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>로그 파일</translation>
    </message>
    <message>
        <source>About Bitgoeul Console and its data…</source>
        <translation>빛고을 관제 콘솔과 데이터 정보…</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>관제</translation>
    </message>
    <message>
        <source>A camera counts as unwatched after</source>
        <translation>카메라를 보지 않은 것으로 보는 시간</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
</context>
<context>
    <name>bg::AlertQueueModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Raised (KST)</source>
        <translation>발생 시각(KST)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>반복</translation>
    </message>
</context>
<context>
    <name>bg::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Select an alert first.</source>
        <translation>먼저 경보를 선택하십시오.</translation>
    </message>
    <message>
        <source>Alerts cannot be changed in this console.</source>
        <translation>이 콘솔에서는 경보를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not possible: an alert that is %1 cannot become %2.</source>
        <translation>불가: %1 상태의 경보는 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>이관 대상</translation>
    </message>
    <message>
        <source>Acknowledge — note:</source>
        <translation>확인 — 메모:</translation>
    </message>
    <message>
        <source>escalated to %1: %2</source>
        <translation>%1에 이관: %2</translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation>선택된 경보 없음</translation>
    </message>
    <message>
        <source>State: %1
Raised: %2 (KST)
Source: %3
Repeats: %4
%5</source>
        <translation>상태: %1
발생: %2 (KST)
출처: %3
반복: %4
%5</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) still waiting for acknowledgement</source>
        <translation>
            <numerusform>긴급 경보 %n건이 확인을 기다립니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Open alerts only</source>
        <translation>열린 경보만</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>경보 검색</translation>
    </message>
    <message>
        <source>Mute sound</source>
        <translation>소리 끄기</translation>
    </message>
    <message>
        <source>Acknowledge (A)</source>
        <translation>확인 (A)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>처리 시작</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Escalate (E)</source>
        <translation>이관 (E)</translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation>경찰 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation>소방 119</translation>
    </message>
    <message>
        <source>Note — Enter confirms, Esc cancels</source>
        <translation>메모 — Enter 확인, Esc 취소</translation>
    </message>
    <message>
        <source>Procedure — tick each step as it is done</source>
        <translation>처리 절차 — 마친 단계를 체크하십시오</translation>
    </message>
    <message numerus="yes">
        <source>Create incident of %n alerts (I)</source>
        <translation>
            <numerusform>경보 %n건으로 사건 생성 (I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create incident (I)</source>
        <translation>사건 생성 (I)</translation>
    </message>
    <message>
        <source>Incidents cannot be made in this console.</source>
        <translation>이 콘솔에서는 사건을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Select one or more alerts first.</source>
        <translation>먼저 경보를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No incident made: %1</source>
        <translation>사건을 만들지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Incident made of %n alert(s): %1</source>
        <translation>
            <numerusform>경보 %n건으로 사건 생성: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrows move through the queue, Enter shows an alert, A acknowledges it and E escalates it to 112 or 119. Shift+arrows select several alerts; I makes one incident of them.</source>
        <translation>방향키로 목록을 이동하고 Enter로 경보를 봅니다. A는 확인, E는 112 또는 119 이관입니다. Shift+방향키로 여러 경보를 고르고 I를 누르면 하나의 사건이 됩니다.</translation>
    </message>
    <message>
        <source>Incidents (%1 open)</source>
        <translation>사건 (진행 %1건)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>경보 목록</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <source>All dongs</source>
        <translation>모든 동</translation>
    </message>
</context>
<context>
    <name>bg::AttentionModel</name>
    <message>
        <source>not since start</source>
        <translation>시작 후 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Last looked at</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>Unwatched</source>
        <translation>미확인 시간</translation>
    </message>
</context>
<context>
    <name>bg::CameraPreviewPopup</name>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Opening the camera&apos;s sub stream</source>
        <translation>카메라 보조 스트림을 여는 중</translation>
    </message>
    <message>
        <source>Live on the wall · %1</source>
        <translation>영상 월 실시간 · %1</translation>
    </message>
    <message>
        <source>Snapshot · %1 · click to open it live</source>
        <translation>스냅샷 · %1 · 누르면 실시간으로 엽니다</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>영상 없음</translation>
    </message>
</context>
<context>
    <name>bg::CameraPreviewProvider</name>
    <message>
        <source>Unknown camera</source>
        <translation>알 수 없는 카메라</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>스트림 없음</translation>
    </message>
    <message>
        <source>The camera sent no picture</source>
        <translation>카메라가 영상을 보내지 않았습니다</translation>
    </message>
</context>
<context>
    <name>bg::DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>CSV로 저장</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>PNG로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>점유율 (%)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>종합 현황</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>RE100 mega station</source>
        <translation>RE100 메가스테이션</translation>
    </message>
    <message>
        <source>Crosswalks</source>
        <translation>스마트 횡단보도</translation>
    </message>
    <message>
        <source>Recycling</source>
        <translation>재활용 자판기</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Key figures (all areas)</source>
        <translation>분야별 핵심 지표</translation>
    </message>
    <message>
        <source>Occupancy, last 24 hours (%)</source>
        <translation>최근 24시간 점유율 (%)</translation>
    </message>
    <message>
        <source>Occupancy, last 7 days (%)</source>
        <translation>최근 7일 점유율 (%)</translation>
    </message>
    <message>
        <source>Fullest lots now (%)</source>
        <translation>현재 혼잡한 주차장 (%)</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>주차장 목록</translation>
    </message>
    <message>
        <source>Illegal-parking alerts</source>
        <translation>불법 주정차 경보</translation>
    </message>
    <message>
        <source>Energy flow today: PV output and charging load (kW)</source>
        <translation>오늘의 에너지 흐름: 태양광 발전과 충전 부하 (kW)</translation>
    </message>
    <message>
        <source>Mega station connectors</source>
        <translation>메가스테이션 커넥터</translation>
    </message>
    <message>
        <source>EV chargers across Dong-gu</source>
        <translation>동구 전체 EV 충전소</translation>
    </message>
    <message>
        <source>Pedestrian-on-red alerts per hour by crosswalk (last 24 hours)</source>
        <translation>횡단보도별 시간당 적색 신호 보행 경보 (최근 24시간)</translation>
    </message>
    <message>
        <source>Per hour and crosswalk</source>
        <translation>시간대·횡단보도별</translation>
    </message>
    <message>
        <source>Fill by material (%)</source>
        <translation>품목별 적재율 (%)</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>자판기 목록</translation>
    </message>
    <message>
        <source>Collections due (fullest bin at %1 % or more)</source>
        <translation>수거 필요 (가장 찬 수거함 %1 % 이상)</translation>
    </message>
    <message>
        <source>Alerts per hour by category (last 24 hours)</source>
        <translation>유형별 시간당 경보 (최근 24시간)</translation>
    </message>
    <message>
        <source>Per hour and category</source>
        <translation>시간대·유형별</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save this chart or table as CSV or PNG</source>
        <translation>이 차트나 표를 CSV 또는 PNG로 저장</translation>
    </message>
    <message>
        <source>Save table as CSV…</source>
        <translation>표를 CSV로 저장…</translation>
    </message>
    <message>
        <source>Save picture as PNG…</source>
        <translation>그림을 PNG로 저장…</translation>
    </message>
    <message>
        <source>Occupancy, all lots</source>
        <translation>전체 주차장 점유율</translation>
    </message>
    <message>
        <source>Free spots / spots</source>
        <translation>빈 면 / 전체 면</translation>
    </message>
    <message>
        <source>Lots reporting</source>
        <translation>보고 중인 주차장</translation>
    </message>
    <message>
        <source>Illegal parking, 24 h</source>
        <translation>불법 주정차 (24시간)</translation>
    </message>
    <message>
        <source>PV output now</source>
        <translation>현재 태양광 발전</translation>
    </message>
    <message>
        <source>Charging load now</source>
        <translation>현재 충전 부하</translation>
    </message>
    <message>
        <source>PV energy today</source>
        <translation>오늘 태양광 발전량</translation>
    </message>
    <message>
        <source>Charging energy today</source>
        <translation>오늘 충전량</translation>
    </message>
    <message>
        <source>Faulted connectors</source>
        <translation>고장 커넥터</translation>
    </message>
    <message>
        <source>Collections due</source>
        <translation>수거 필요</translation>
    </message>
    <message>
        <source>Machines reporting</source>
        <translation>보고 중인 자판기</translation>
    </message>
    <message>
        <source>M/d</source>
        <extracomment>Date format of the 7-day axis labels (Qt QDateTime format; Korean: d일)</extracomment>
        <translation>d&apos;일&apos;</translation>
    </message>
    <message>
        <source>Average bin fill</source>
        <translation>평균 적재율</translation>
    </message>
</context>
<context>
    <name>bg::DataSourcesModel</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>제공</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>출처 표시</translation>
    </message>
</context>
<context>
    <name>bg::EscalationDialog</name>
    <message>
        <source>Escalate incident</source>
        <translation>사건 이관</translation>
    </message>
    <message>
        <source>Police 112</source>
        <translation>경찰 112</translation>
    </message>
    <message>
        <source>Fire 119</source>
        <translation>소방 119</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>이관 기관</translation>
    </message>
    <message>
        <source>Share cameras within</source>
        <translation>영상 공유 반경</translation>
    </message>
    <message>
        <source>Share for</source>
        <translation>공유 시간</translation>
    </message>
    <message>
        <source>Escalate and share</source>
        <translation>이관 및 영상 공유</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) will be shared</source>
        <translation>
            <numerusform>카메라 %n대를 공유합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera within this radius</source>
        <translation>이 반경에는 카메라가 없습니다</translation>
    </message>
</context>
<context>
    <name>bg::HttpHubProbe</name>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1: %2 ms 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1: HTTP %2 응답</translation>
    </message>
    <message>
        <source>%1 answered with a body that is not JSON (%2)</source>
        <translation>%1: JSON이 아닌 응답 본문(%2)</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 응답함</translation>
    </message>
</context>
<context>
    <name>bg::HubClient</name>
    <message>
        <source>the CA certificates file %1 holds no PEM certificate</source>
        <translation>CA 인증서 파일 %1에 PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: %2 ms 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the answer was cut short (%2 of %3 bytes: %4)</source>
        <translation>%1: 응답이 중간에 끊겼습니다(%3바이트 중 %2바이트: %4)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1: HTTP %2 응답</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1: HTTP %2 응답: %3</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1을(를) 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 answered with a body that is not JSON (%2 at byte %3)</source>
        <translation>%1: JSON이 아닌 응답 본문(%3바이트 위치에서 %2)</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an array of entities</source>
        <translation>%1: 개체 배열이 아닌 JSON 응답</translation>
    </message>
    <message>
        <source>more than %1 pages; stopped</source>
        <translation>%1쪽을 넘어 중단했습니다</translation>
    </message>
    <message>
        <source>the next page link points to another server (%1)</source>
        <translation>다음 쪽 링크가 다른 서버를 가리킵니다(%1)</translation>
    </message>
    <message>
        <source>the next page link points to the same page (%1)</source>
        <translation>다음 쪽 링크가 같은 쪽을 가리킵니다(%1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>already on the hub: %1</source>
        <translation>이미 허브에 있음: %1</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>%1의 이력을 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2 answered %3</source>
        <translation>%1의 이력을 읽지 못했습니다: %2이(가) %3 응답</translation>
    </message>
    <message>
        <source>Could not subscribe: %1</source>
        <translation>구독하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Could not subscribe: %1 answered HTTP %2 without a subscription id</source>
        <translation>구독하지 못했습니다: %1이(가) 구독 ID 없이 HTTP %2 응답</translation>
    </message>
    <message>
        <source>Could not delete subscription %1: %2</source>
        <translation>구독 %1을(를) 삭제하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>bg::IncidentsPanel</name>
    <message>
        <source>No incident selected</source>
        <translation>선택된 사건 없음</translation>
    </message>
    <message>
        <source>Select alerts in the queue (Shift+arrows) and press I to make an incident of them. Here, N writes a note, E escalates to 112 or 119, R resolves, C closes.</source>
        <translation>경보 목록에서 경보를 고르고(Shift+방향키) I를 누르면 사건이 됩니다. 여기서 N은 메모, E는 112·119 이관, R은 해결, C는 종결입니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>State: %1
Created: %2 (KST) by %3
Place: %4 %5</source>
        <translation>상태: %1
생성: %2 (KST), %3
위치: %4 %5</translation>
    </message>
    <message>
        <source>%1 — %2, until %3 (KST), %4 m, %5
%6</source>
        <translation>%1 — %2, %3(KST)까지, 반경 %4 m, %5
%6</translation>
    </message>
    <message>
        <source>Select an incident first.</source>
        <translation>먼저 사건을 선택하십시오.</translation>
    </message>
    <message>
        <source>A resolved or closed incident cannot be escalated: reopen it first.</source>
        <translation>해결되었거나 종결된 사건은 이관할 수 없습니다. 먼저 다시 여십시오.</translation>
    </message>
    <message>
        <source>Escalation cancelled.</source>
        <translation>이관을 취소했습니다.</translation>
    </message>
    <message>
        <source>Not escalated: %1</source>
        <translation>이관하지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Escalated to %1: %n camera(s) shared until %2 (KST).</source>
        <translation>
            <numerusform>%1에 이관: 카메라 %n대를 %2(KST)까지 공유합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>메모를 추가했습니다.</translation>
    </message>
    <message>
        <source>Note not added: write something first.</source>
        <translation>메모를 추가하지 않았습니다: 내용을 먼저 쓰십시오.</translation>
    </message>
    <message>
        <source>Not possible: an incident that is %1 cannot become %2.</source>
        <translation>불가: %1 상태의 사건은 %2(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Incident is now %1.</source>
        <translation>사건이 %1 상태가 되었습니다.</translation>
    </message>
    <message>
        <source>Camera share revoked.</source>
        <translation>영상 공유를 회수했습니다.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>회수하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Open incidents only</source>
        <translation>진행 중인 사건만</translation>
    </message>
    <message>
        <source>Alerts of this incident</source>
        <translation>이 사건의 경보</translation>
    </message>
    <message>
        <source>Camera shares</source>
        <translation>영상 공유</translation>
    </message>
    <message>
        <source>Revoke share</source>
        <translation>공유 회수</translation>
    </message>
    <message>
        <source>Escalate to 112 / 119… (E)</source>
        <translation>112 / 119 이관… (E)</translation>
    </message>
    <message>
        <source>Resolve (R)</source>
        <translation>해결 (R)</translation>
    </message>
    <message>
        <source>Close (C)</source>
        <translation>종결 (C)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Note (N) — Enter adds it to the incident</source>
        <translation>메모 (N) — Enter로 사건에 추가</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>경과 기록</translation>
    </message>
</context>
<context>
    <name>bg::MainWindow</name>
    <message>
        <source>Bitgoeul Console — Dong-gu Integrated Control Center</source>
        <translation>빛고을 관제 콘솔 — 동구 통합관제센터</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Bitgoeul Console</source>
        <translation>빛고을 관제 콘솔 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The data hub does not answer. Offline since %1 (KST): the console shows cached data, and your changes are kept and sent when the hub returns.</source>
        <translation>데이터 허브가 응답하지 않습니다. %1(KST)부터 오프라인: 저장된 데이터를 표시하며, 입력한 변경 사항은 보관했다가 허브가 돌아오면 전송합니다.</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>개체: %1개</translation>
    </message>
    <message numerus="yes">
        <source>New alarm: %1 (%2) — %n camera(s) ready</source>
        <translation>
            <numerusform>새 경보: %1 (%2) — 카메라 %n대 준비됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Show (F2)</source>
        <translation>보기 (F2)</translation>
    </message>
    <message>
        <source>The camera refuses the console&apos;s user name and password</source>
        <translation>카메라가 관제 콘솔의 사용자 이름과 비밀번호를 거부합니다</translation>
    </message>
    <message>
        <source>No picture from the camera for %1 s</source>
        <translation>카메라 영상이 %1초 동안 없습니다</translation>
    </message>
    <message>
        <source>&amp;Shift report…</source>
        <translation>근무 인계 보고서(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>bg::MapPage</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Parking: spaces free (label: free/total)</source>
        <translation>주차장: 빈자리 있음 (표시: 빈자리/전체)</translation>
    </message>
    <message>
        <source>Parking: over 70 % occupied</source>
        <translation>주차장: 70 % 넘게 찼음</translation>
    </message>
    <message>
        <source>Parking: over 90 % occupied</source>
        <translation>주차장: 90 % 넘게 찼음</translation>
    </message>
    <message>
        <source>Charger ring: connector available</source>
        <translation>충전기 고리: 커넥터 사용 가능</translation>
    </message>
    <message>
        <source>Charger ring: connector charging</source>
        <translation>충전기 고리: 커넥터 충전 중</translation>
    </message>
    <message>
        <source>Charger ring: connector faulted</source>
        <translation>충전기 고리: 커넥터 고장</translation>
    </message>
    <message>
        <source>Crosswalk: pedestrian signal green</source>
        <translation>횡단보도: 보행 신호 녹색</translation>
    </message>
    <message>
        <source>Crosswalk: pedestrian signal red</source>
        <translation>횡단보도: 보행 신호 적색</translation>
    </message>
    <message>
        <source>Blinking: a new alert, or an emergency bell ringing</source>
        <translation>깜빡임: 새 경보, 또는 비상벨 울림</translation>
    </message>
    <message>
        <source>CCTV camera offline</source>
        <translation>CCTV 카메라 연결 끊김</translation>
    </message>
    <message>
        <source>Device offline or state unknown</source>
        <translation>장치 연결 끊김 또는 상태 모름</translation>
    </message>
    <message>
        <source>Bubble: markers grouped at this zoom; click to zoom in</source>
        <translation>숫자 원: 이 배율에서 묶인 표식 수, 누르면 확대</translation>
    </message>
    <message>
        <source>Search name, address or dong</source>
        <translation>이름, 주소 또는 동 검색</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>도로</translation>
    </message>
    <message>
        <source>Dong boundaries and names</source>
        <translation>행정동 경계와 이름</translation>
    </message>
    <message>
        <source>Neighbouring districts</source>
        <translation>인접 자치구</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to pan, Home for all of Dong-gu. Click a camera to open it on the video wall.</source>
        <translation>휠 또는 +/− 키로 확대·축소, 끌기나 화살표 키로 이동, 홈 키로 동구 전체 보기. 카메라를 누르면 영상 월에서 열립니다.</translation>
    </message>
    <message>
        <source>Map data: KOSTAT SGIS, vuski/admdongkor (CC BY 4.0) · ITS standard node-link, National Transport Information Center (KOGL-1) · data.go.kr (KOGL-1)</source>
        <translation>지도 데이터: 통계청 SGIS, vuski/admdongkor (CC BY 4.0) · 국가교통정보센터 표준노드링크 (KOGL-1) · 공공데이터포털 (KOGL-1)</translation>
    </message>
    <message>
        <source>Child protection zone (%1)</source>
        <translation>어린이보호구역 (%1)</translation>
    </message>
    <message>
        <source>Traffic enforcement camera</source>
        <translation>무인 교통단속 카메라</translation>
    </message>
    <message>
        <source>Traffic enforcement camera, limit %1 km/h</source>
        <translation>무인 교통단속 카메라, 제한속도 %1 km/h</translation>
    </message>
    <message>
        <source>Online, PTZ</source>
        <translation>연결됨, PTZ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>상태 모름</translation>
    </message>
    <message>
        <source>%1 of %2 spaces free (%3 % occupied)</source>
        <translation>%2면 중 %1면 비어 있음 (점유율 %3 %)</translation>
    </message>
    <message>
        <source>%1 available, %2 charging, %3 faulted of %4 connectors; %5 kW</source>
        <translation>커넥터 %4개 중 사용 가능 %1, 충전 중 %2, 고장 %3; %5 kW</translation>
    </message>
    <message>
        <source>Signal red</source>
        <translation>적색 신호</translation>
    </message>
    <message>
        <source>Signal green</source>
        <translation>녹색 신호</translation>
    </message>
    <message>
        <source>Signal flashing green</source>
        <translation>녹색 점멸 신호</translation>
    </message>
    <message>
        <source>Signal unknown</source>
        <translation>신호 모름</translation>
    </message>
    <message numerus="yes">
        <source>%n pedestrian(s) on the crossing</source>
        <translation>
            <numerusform>횡단 중인 보행자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency bell ringing</source>
        <translation>비상벨 울림</translation>
    </message>
    <message>
        <source>Light on (%1 %)</source>
        <translation>조명 켜짐 (%1 %)</translation>
    </message>
    <message>
        <source>Light off</source>
        <translation>조명 꺼짐</translation>
    </message>
    <message>
        <source>PET %1 %, cans %2 %, paper %3 %</source>
        <translation>페트 %1 %, 캔 %2 %, 종이 %3 %</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>고장</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>새 경보</translation>
    </message>
    <message>
        <source>Alert being handled</source>
        <translation>처리 중인 경보</translation>
    </message>
    <message>
        <source>Dong: %1</source>
        <translation>행정동: %1</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>%1 표시</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 (%n more match(es))</source>
        <translation>
            <numerusform>%1 표시 (다른 결과 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>“%1”에 대한 결과 없음</translation>
    </message>
    <message>
        <source>Amber dashed ring: a camera nobody has looked at for a while</source>
        <translation>주황 점선 고리: 한동안 아무도 보지 않은 카메라</translation>
    </message>
    <message>
        <source>Unacknowledged alert</source>
        <translation>확인되지 않은 경보</translation>
    </message>
</context>
<context>
    <name>bg::MapView</name>
    <message>
        <source>%1 — click to zoom in</source>
        <translation>%1 — 누르면 확대</translation>
    </message>
    <message>
        <source>CCTV cameras</source>
        <translation>CCTV 카메라</translation>
    </message>
    <message>
        <source>Parking lots</source>
        <translation>주차장</translation>
    </message>
    <message>
        <source>EV charging stations</source>
        <translation>EV 충전소</translation>
    </message>
    <message>
        <source>Smart crosswalks</source>
        <translation>스마트 횡단보도</translation>
    </message>
    <message>
        <source>Smart poles</source>
        <translation>스마트 폴</translation>
    </message>
    <message>
        <source>Recycling machines</source>
        <translation>재활용 자판기</translation>
    </message>
    <message>
        <source>Child protection zones</source>
        <translation>어린이보호구역</translation>
    </message>
    <message>
        <source>Traffic enforcement cameras</source>
        <translation>무인 교통단속 카메라</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>진행 중인 경보</translation>
    </message>
    <message numerus="yes">
        <source>%n CCTV camera(s)</source>
        <translation>
            <numerusform>CCTV 카메라 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parking lot(s)</source>
        <translation>
            <numerusform>주차장 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging station(s)</source>
        <translation>
            <numerusform>충전소 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart crosswalk(s)</source>
        <translation>
            <numerusform>스마트 횡단보도 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n smart pole(s)</source>
        <translation>
            <numerusform>스마트 폴 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recycling machine(s)</source>
        <translation>
            <numerusform>재활용 자판기 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child protection zone(s)</source>
        <translation>
            <numerusform>어린이보호구역 %n곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enforcement camera(s)</source>
        <translation>
            <numerusform>단속 카메라 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>경보 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bg::NotificationEndpoint</name>
    <message>
        <source>cannot listen for hub notifications on %1:%2</source>
        <translation>%1:%2에서 허브 알림을 받을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>bg::PendingPage</name>
    <message>
        <source>%1 — not available yet</source>
        <translation>%1 — 아직 준비 중</translation>
    </message>
</context>
<context>
    <name>bg::PlaybackPage</name>
    <message>
        <source>Incident playback comes in a later issue: recorded clips with the AI boxes replayed in sync, a timeline with bookmarks, and evidence export with privacy masking and a signed manifest.</source>
        <translation>사건 재생은 이후 이슈에서 추가됩니다: AI 검출 상자를 함께 재생하는 녹화 영상, 북마크가 있는 타임라인, 개인정보 마스킹과 서명된 목록을 갖춘 증거 내보내기.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
</context>
<context>
    <name>bg::ShiftReportDialog</name>
    <message>
        <source>Shift handover report</source>
        <translation>근무 교대 인계 보고서</translation>
    </message>
    <message>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1 alerts, %2 incidents, %3 open items</source>
        <translation>경보 %1건, 사건 %2건, 미결 %3건</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>근무 인계 보고서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
</context>
<context>
    <name>bg::VideoTile</name>
    <message>
        <source>Drop a camera here</source>
        <translation>카메라를 여기에 끌어 놓으십시오</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Reconnecting (%1)</source>
        <translation>재연결 중 (%1)</translation>
    </message>
    <message>
        <source>No signal</source>
        <translation>신호 없음</translation>
    </message>
    <message>
        <source>Unauthorized: check the camera&apos;s user name and password</source>
        <translation>인증 실패: 카메라의 사용자 이름과 비밀번호를 확인하십시오</translation>
    </message>
    <message>
        <source>The camera has no such stream</source>
        <translation>카메라에 해당 스트림이 없습니다</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>keyframes</source>
        <translation>키프레임만</translation>
    </message>
    <message>
        <source>all frames</source>
        <translation>전체 프레임</translation>
    </message>
    <message>
        <source>main</source>
        <translation>주 스트림</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>보조 스트림</translation>
    </message>
    <message>
        <source>Show AI boxes</source>
        <translation>AI 검출 상자 표시</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Click the line&apos;s two ends</source>
        <translation>선의 양 끝을 클릭하십시오</translation>
    </message>
    <message>
        <source>Click the zone&apos;s corners, double-click or Enter to finish, Esc to cancel</source>
        <translation>구역의 꼭짓점을 클릭하고, 더블클릭 또는 Enter로 마치거나 Esc로 취소합니다</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>규칙 추가</translation>
    </message>
    <message>
        <source>Zone intrusion</source>
        <translation>구역 침입</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>배회</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>선 통과</translation>
    </message>
    <message>
        <source>Crowding</source>
        <translation>밀집</translation>
    </message>
    <message>
        <source>Illegal parking</source>
        <translation>불법 주정차</translation>
    </message>
    <message>
        <source>Crosswalk safety</source>
        <translation>횡단보도 안전</translation>
    </message>
    <message>
        <source>Remove this camera&apos;s rules</source>
        <translation>이 카메라의 규칙 삭제</translation>
    </message>
</context>
<context>
    <name>bg::VideoWallPage</name>
    <message>
        <source>Video wall</source>
        <translation>영상 월</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>화면 배치 저장</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>배치 이름:</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>카메라 %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved layouts…</source>
        <translation>저장된 배치…</translation>
    </message>
    <message>
        <source>Search cameras</source>
        <translation>카메라 검색</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Save layout…</source>
        <translation>배치 저장…</translation>
    </message>
    <message>
        <source>Pop out</source>
        <translation>새 창으로</translation>
    </message>
    <message>
        <source>Show the wall in a window of its own, e.g. on another monitor</source>
        <translation>영상 월을 별도 창으로 띄웁니다(다른 모니터 등)</translation>
    </message>
    <message>
        <source>Activity ended</source>
        <translation>상황 종료</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>경보: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n in a rule zone</source>
        <translation>
            <numerusform>규칙 구역 안 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked at for %1 min or more: %n camera(s)</source>
        <translation>
            <numerusform>%1분 이상 보지 않은 카메라: %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>Selective monitoring</source>
        <translation>선별관제</translation>
    </message>
    <message>
        <source>Let the console fill the wall with the cameras where something is happening now: new alerts, device events, people or vehicles in rule zones</source>
        <translation>지금 상황이 있는 카메라로 콘솔이 영상 월을 채웁니다: 새 경보, 장치 이벤트, 규칙 구역 안의 사람이나 차량</translation>
    </message>
    <message>
        <source>Cameras nobody has had on screen for a while; double-click one to look at it</source>
        <translation>한동안 아무도 화면에 띄우지 않은 카메라입니다. 두 번 누르면 봅니다</translation>
    </message>
</context>
</TS>
