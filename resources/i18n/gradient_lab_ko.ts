<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccuracyPlot</name>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="21"/>
        <location filename="../../gui/training/accuracy_plot.py" line="66"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="22"/>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="22"/>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="23"/>
        <source>Share of digits classified right after each epoch, on the training set and on the unseen test set</source>
        <translation>에폭이 끝날 때마다 바르게 분류한 숫자의 비율: 훈련 데이터와 처음 보는 시험 데이터에서</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="27"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="28"/>
        <source>test</source>
        <translation>시험</translation>
    </message>
    <message>
        <location filename="../../gui/training/accuracy_plot.py" line="63"/>
        <source>Accuracy: test {0:.1f} %, train {1:.1f} %</source>
        <translation>정확도: 시험 {0:.1f} %, 훈련 {1:.1f} %</translation>
    </message>
</context>
<context>
    <name>ActivationView</name>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="51"/>
        <source>Activation h(x) (solid) and its derivative h′(x) (dashed)</source>
        <translation>활성화 함수 h(x)(실선)와 그 미분 h′(x)(점선)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="48"/>
        <source>x (the neuron&apos;s weighted sum)</source>
        <translation>x (뉴런의 가중합)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="48"/>
        <source>h(x), h′(x)</source>
        <extracomment>one colour per activation, in ACTIVATIONS order (readable on the white plot background)</extracomment>
        <translation>h(x), h′(x)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="68"/>
        <source>Largest gradient left after n layers (log scale)</source>
        <translation>층 n개를 지난 뒤 남는 최대 기울기 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="65"/>
        <source>number of layers n</source>
        <translation>층 수 n</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="65"/>
        <source>gradient kept</source>
        <translation>남은 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="76"/>
        <source>Sigmoid: 0.25ⁿ</source>
        <translation>시그모이드: 0.25ⁿ</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="78"/>
        <source>ReLU: 1ⁿ = 1</source>
        <translation>ReLU: 1ⁿ = 1</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="92"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="103"/>
        <source>Show derivatives h′(x)</source>
        <translation>미분 h′(x) 보이기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="105"/>
        <source>Draw each derivative as a dashed line in the same colour</source>
        <translation>각 미분을 같은 색의 점선으로 그립니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="112"/>
        <source>Plot x from −range to +range</source>
        <translation>x를 −범위부터 +범위까지 그립니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="117"/>
        <source>x range ±</source>
        <translation>x 범위 ±</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="123"/>
        <source>The largest derivative of each shown activation on the plotted range</source>
        <translation>그려진 범위에서 각 활성화 함수의 미분이 가장 큰 값</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="126"/>
        <source>Gradient vanishing</source>
        <translation>기울기 소실</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="129"/>
        <source>Layers n</source>
        <translation>층 수 n</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="132"/>
        <source>How many layers the gradient flows back through</source>
        <translation>기울기가 거꾸로 흘러 지나가는 층의 수</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="147"/>
        <source>&lt;b&gt;h(x)&lt;/b&gt; turns a neuron&apos;s weighted sum into its output; backpropagation multiplies the gradient by &lt;b&gt;h′(x)&lt;/b&gt; at every layer.&lt;br&gt;&lt;b&gt;Step&lt;/b&gt;: h′(x) = 0 everywhere (undefined at 0), so gradient descent gets no signal at all.&lt;br&gt;&lt;b&gt;Sigmoid&lt;/b&gt;: h′(x) = h(x)(1 − h(x)) ≤ 0.25, so after n layers the activations&apos; factors multiply to at most 0.25ⁿ (the weights multiply in too): the gradient tends to vanish. &lt;b&gt;ReLU&lt;/b&gt; passes 1 where x &amp;gt; 0.&lt;br&gt;Look at: the dashed lines, and how fast the blue line falls below.</source>
        <translation>&lt;b&gt;h(x)&lt;/b&gt;는 뉴런의 가중합을 출력으로 바꿉니다. 오차역전파법은 층마다 기울기에 &lt;b&gt;h′(x)&lt;/b&gt;를 곱합니다.&lt;br&gt;&lt;b&gt;계단 함수&lt;/b&gt;: h′(x) = 0 (0에서는 정의되지 않음)이라 경사 하강법이 아무 신호도 받지 못합니다.&lt;br&gt;&lt;b&gt;시그모이드&lt;/b&gt;: h′(x) = h(x)(1 − h(x)) ≤ 0.25 이므로 층 n개를 지나면 활성화 함수 몫의 곱은 많아야 0.25ⁿ입니다 (가중치도 함께 곱해집니다). 그래서 기울기가 소실되기 쉽습니다. &lt;b&gt;ReLU&lt;/b&gt;는 x &amp;gt; 0 에서 1을 전달합니다.&lt;br&gt;볼 곳: 점선, 그리고 아래쪽 파란 선이 얼마나 빨리 떨어지는지.</translation>
    </message>
    <message>
        <source>&lt;b&gt;h(x)&lt;/b&gt; turns a neuron&apos;s weighted sum into its output; backpropagation multiplies the gradient by &lt;b&gt;h′(x)&lt;/b&gt; at every layer.&lt;br&gt;&lt;b&gt;Step&lt;/b&gt;: h′(x) = 0 everywhere (undefined at 0), so gradient descent gets no signal at all.&lt;br&gt;&lt;b&gt;Sigmoid&lt;/b&gt;: h′(x) = h(x)(1 − h(x)) ≤ 0.25, so after n layers at most 0.25ⁿ of the gradient is left: it vanishes. &lt;b&gt;ReLU&lt;/b&gt; passes 1 where x &amp;gt; 0.&lt;br&gt;Look at: the dashed lines, and how fast the blue line falls below.</source>
        <translation type="vanished">&lt;b&gt;h(x)&lt;/b&gt;는 뉴런의 가중합을 출력으로 바꿉니다. 오차역전파법은 층마다 기울기에 &lt;b&gt;h′(x)&lt;/b&gt;를 곱합니다.&lt;br&gt;&lt;b&gt;계단 함수&lt;/b&gt;: h′(x) = 0 (0에서는 정의되지 않음)이라 경사 하강법이 아무 신호도 받지 못합니다.&lt;br&gt;&lt;b&gt;시그모이드&lt;/b&gt;: h′(x) = h(x)(1 − h(x)) ≤ 0.25 이므로 층 n개를 지나면 기울기가 많아야 0.25ⁿ만 남습니다. 기울기 소실입니다. &lt;b&gt;ReLU&lt;/b&gt;는 x &amp;gt; 0 에서 1을 전달합니다.&lt;br&gt;볼 곳: 점선, 그리고 아래쪽 파란 선이 얼마나 빨리 떨어지는지.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="186"/>
        <source>{0} derivative</source>
        <translation>{0} 미분</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="191"/>
        <source>{0}: {1} everywhere</source>
        <translation>{0}: 어디서나 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="193"/>
        <source>{0}: {1} at x = {2}</source>
        <translation>{0}: x = {2}에서 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="195"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="200"/>
        <source>max h′(x) = {0}</source>
        <translation>max h′(x) = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="203"/>
        <source>Largest h′(x) on this range:</source>
        <translation>이 범위에서 가장 큰 h′(x):</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="204"/>
        <source>Tick an activation to plot it.</source>
        <translation>그릴 활성화 함수를 체크하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/activation_view.py" line="214"/>
        <source>After {0} sigmoid layers at most 0.25&lt;sup&gt;{0}&lt;/sup&gt; = &lt;b&gt;{1}&lt;/b&gt; of the gradient is left; after {0} ReLU layers: &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>시그모이드 층 {0}개를 지나면 기울기는 많아야 0.25&lt;sup&gt;{0}&lt;/sup&gt; = &lt;b&gt;{1}&lt;/b&gt;만 남습니다. ReLU 층 {0}개를 지나면: &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <source>Not built yet.</source>
        <translation type="vanished">아직 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="33"/>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="34"/>
        <source>Activation functions, their derivatives and vanishing gradients</source>
        <translation>활성화 함수, 그 미분, 기울기 소실</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="35"/>
        <source>Losses</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="35"/>
        <source>Loss functions and their gradients for one target</source>
        <translation>정답 하나에 대한 손실 함수와 그 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="36"/>
        <source>MAE vs MSE</source>
        <translation>평균 절대 오차 대 평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="36"/>
        <source>Drag an outlier and watch two fitted lines</source>
        <translation>이상치를 끌어 두 직선이 어떻게 맞춰지는지 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="37"/>
        <source>Softmax</source>
        <translation>소프트맥스</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="38"/>
        <source>Logits to probabilities, temperature, cross-entropy, overflow</source>
        <translation>로짓에서 확률로, 온도, 교차 엔트로피 오차, 오버플로</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="39"/>
        <source>Metrics</source>
        <translation>평가 지표</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/concepts_panel.py" line="39"/>
        <source>What accuracy and MAE count on a small batch</source>
        <translation>작은 배치에서 정확도와 평균 절대 오차가 세는 것</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="148"/>
        <location filename="../../gui/training/confusion_view.py" line="165"/>
        <source>Confusion matrix (test set)</source>
        <translation>혼동 행렬 (시험 데이터)</translation>
    </message>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="150"/>
        <source>true class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="151"/>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="152"/>
        <source>Filled at the end of each epoch.</source>
        <translation>에폭이 끝날 때마다 채워집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="153"/>
        <source>Rows: true class; columns: predicted class. Click a cell to see its digits.</source>
        <translation>행: 정답 클래스, 열: 예측 클래스. 칸을 클릭하면 해당 숫자들을 봅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="167"/>
        <source>Confusion matrix (test set, epoch {0})</source>
        <translation>혼동 행렬 (시험 데이터, 에폭 {0})</translation>
    </message>
</context>
<context>
    <name>DescentBannerMixin</name>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="27"/>
        <source>diverged: the learning rate is too large for this surface</source>
        <extracomment>(background, text) colour of a banner line, by the run&apos;s status: red only for an error</extracomment>
        <translation>발산: 이 곡면에는 학습률이 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="29"/>
        <source>diverged: the loss falls without end: this surface has no bottom that way</source>
        <translation>발산: 손실이 끝없이 줄어듭니다. 이 곡면은 그 방향으로 바닥이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="31"/>
        <source>stalled: the gradient is zero here: a saddle</source>
        <translation>멈춤: 여기서는 기울기가 0입니다: 안장점</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="33"/>
        <source>stalled: the gradient is zero here: a plateau</source>
        <translation>멈춤: 여기서는 기울기가 0입니다: 고원</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="35"/>
        <source>converged: the ball rests at a minimum</source>
        <translation>수렴: 공이 최솟점에 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_banner.py" line="61"/>
        <source>Step {0} · loss {1} · click the surface to move the ball, Space steps, P plays</source>
        <extracomment>what the banner shows, line by line: (status, text); each line has its status&apos;s colour</extracomment>
        <translation>걸음 수 {0} · 손실 {1} · 곡면을 클릭하면 공을 옮기고, Space는 한 걸음, P는 재생</translation>
    </message>
</context>
<context>
    <name>DescentControls</name>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="97"/>
        <location filename="../../gui/descent/descent_controls.py" line="103"/>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="101"/>
        <source>The loss surface the ball rolls on</source>
        <translation>공이 굴러가는 손실 곡면</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="107"/>
        <source>0: a convex bowl; towards 1 the surface grows ripples and local minima</source>
        <translation>0: 볼록한 그릇. 1에 가까울수록 곡면에 물결과 국소 최솟점이 생깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="109"/>
        <source>Bumps</source>
        <translation>울퉁불퉁함</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="113"/>
        <source>The data the neuron is fitted to (drag, add or remove points in the data view)</source>
        <translation>뉴런을 맞출 데이터 (데이터 그래프에서 점을 끌거나, 더하거나, 지울 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="117"/>
        <source>The neuron&apos;s activation: y = act(w·x + b)</source>
        <translation>뉴런의 활성화 함수: y = act(w·x + b)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="121"/>
        <source>The loss averaged over the data points</source>
        <translation>데이터 점들에 대해 평균한 손실</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="125"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="126"/>
        <source>Points per step: &apos;all&apos; follows the true gradient; a small batch picks random points each step, so the path jitters</source>
        <translation>한 걸음에 쓰는 점의 수: &apos;전체&apos;는 진짜 기울기를 따르고, 작은 배치는 걸음마다 점을 무작위로 골라 경로가 흔들립니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="130"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="130"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="131"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="131"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="136"/>
        <source>Show the gradient field</source>
        <translation>기울기 화살표 보이기</translation>
    </message>
    <message>
        <source>Arrows pointing downhill (-gradient) all over the surface</source>
        <translation type="vanished">곡면 곳곳에서 내리막(−기울기)을 가리키는 화살표</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="143"/>
        <location filename="../../gui/descent/descent_controls.py" line="150"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="147"/>
        <source>How the gradient becomes a step</source>
        <translation>기울기를 한 걸음으로 바꾸는 방법</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, from 0.0001 to 10</source>
        <translation type="vanished">로그 눈금의 학습률, 0.0001부터 10까지</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="137"/>
        <source>Arrows pointing downhill (−gradient) all over the surface, their length proportional to |∇L|</source>
        <translation>곡면 곳곳에서 내리막(−기울기)을 가리키는 화살표. 길이는 |∇L|에 비례합니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="154"/>
        <source>Type a learning rate between 0.0001 and 10 and press Enter</source>
        <translation>0.0001과 10 사이의 학습률을 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="157"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="161"/>
        <source>How the learning rate changes with the step number</source>
        <translation>걸음 수에 따라 학습률이 바뀌는 방식</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="164"/>
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="169"/>
        <source>The schedule&apos;s formula and parameters, and the rate the next step uses</source>
        <translation>스케줄의 식과 매개변수, 그리고 다음 걸음에 쓰는 학습률</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="186"/>
        <source>Every s steps</source>
        <translation>s걸음마다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="187"/>
        <source>Step decay: the rate is multiplied by γ every s steps</source>
        <translation>계단식 감소: s걸음마다 학습률에 γ를 곱합니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="188"/>
        <source>Factor γ</source>
        <translation>곱하는 수 γ</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="189"/>
        <source>Step decay: the factor the rate is multiplied by every s steps</source>
        <translation>계단식 감소: s걸음마다 학습률에 곱하는 수</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="190"/>
        <source>γ per step</source>
        <translation>걸음마다 γ</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="191"/>
        <source>Exponential: the rate is multiplied by γ at every step</source>
        <translation>지수 감소: 걸음마다 학습률에 γ를 곱합니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="192"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="193"/>
        <source>1/t decay: ηₜ = η / (1 + k·t)</source>
        <translation>1/t 감소: ηₜ = η / (1 + k·t)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="194"/>
        <source>Period T</source>
        <translation>주기 T</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="195"/>
        <source>Cosine: the rate falls from η to 0 over T steps, then stays at 0</source>
        <translation>코사인: 학습률이 T걸음 동안 η에서 0으로 줄고, 그 뒤로는 0입니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="218"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="233"/>
        <source>How many steps per second Play makes</source>
        <translation>재생할 때 1초에 몇 걸음 가는지</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="239"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="244"/>
        <source>Race</source>
        <translation>경주</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="246"/>
        <source>Race (same start)</source>
        <translation>경주 (같은 출발점)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="247"/>
        <source>Race up to four optimizers from the same start: run 1 is the optimizer above; add up to three more, each with its own rate</source>
        <translation>옵티마이저를 네 개까지 같은 출발점에서 경주시킵니다: 1번은 위에서 고른 옵티마이저이고, 각자 학습률을 가진 옵티마이저를 세 개까지 더할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="252"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="257"/>
        <source>Optimizer of racer {0}</source>
        <translation>{0}번 주자의 옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="261"/>
        <source>Learning rate of racer {0} (0.0001 to 10)</source>
        <translation>{0}번 주자의 학습률 (0.0001~10)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="267"/>
        <source>Racer {0}</source>
        <translation>{0}번 주자</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="280"/>
        <source>Learning-rate sweep</source>
        <translation>학습률 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="286"/>
        <source> steps</source>
        <translation> 걸음</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="287"/>
        <source>Steps each of the 20 rates runs from the start</source>
        <translation>학습률 20개가 각각 출발점에서 가는 걸음 수</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="288"/>
        <source>Sweep 20 rates</source>
        <translation>학습률 20개 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="289"/>
        <source>Run the optimizer from the start with 20 rates from 0.0001 to 10 and plot the final loss of each; click a point to use its rate</source>
        <translation>0.0001부터 10까지 학습률 20개로 출발점에서 옵티마이저를 돌려 각각의 마지막 손실을 그립니다. 점을 클릭하면 그 학습률을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_controls.py" line="344"/>
        <source>{0} steps/s</source>
        <translation>초당 {0}걸음</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation type="vanished">“{0}”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>NaN is not a learning rate.</source>
        <translation type="vanished">NaN은 학습률이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>The learning rate must be greater than 0.</source>
        <translation type="vanished">학습률은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>A learning rate above 10 is refused.</source>
        <translation type="vanished">10보다 큰 학습률은 받지 않습니다.</translation>
    </message>
    <message>
        <source>A learning rate below 0.0001 is refused.</source>
        <translation type="vanished">0.0001보다 작은 학습률은 받지 않습니다.</translation>
    </message>
    <message>
        <source>{0} Kept {1}.</source>
        <translation type="vanished">{0} {1}을(를) 유지합니다.</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <source>Not built yet.</source>
        <translation type="vanished">아직 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Click to put the ball there. Arrow: the next step −lr·gradient, to scale. Stars: minima</source>
        <translation type="vanished">클릭하면 그 자리에 공을 놓습니다. 화살표: 다음 걸음 −학습률·기울기 (실제 크기). 별: 최솟값</translation>
    </message>
    <message>
        <source>Loss at each step (log scale while every loss is positive)</source>
        <translation type="vanished">걸음마다의 손실 (모든 손실이 양수이면 로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="83"/>
        <source>Click to put the ball there. Arrow: the update the optimizer applies next, to scale. Stars: minima</source>
        <translation>클릭하면 공을 그곳에 놓습니다. 화살표: 옵티마이저가 다음에 적용할 갱신(실제 크기). 별: 최솟점</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="86"/>
        <source>Loss at each step (log scale while every loss is positive). The others keep their true values; a diverged run is cut off at the top, dashed, ▲</source>
        <translation>걸음마다의 손실 (모든 손실이 양수이면 로그 눈금). 다른 실행은 실제 값 그대로 그리고, 발산한 실행만 위에서 잘라 점선과 ▲로 표시합니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="91"/>
        <source>The neuron&apos;s data: drag a point to move it, click to add one, right-click to remove one. The curve is the neuron at the ball</source>
        <translation>뉴런의 데이터: 점을 끌어 옮기고, 클릭해 더하고, 오른쪽 클릭으로 지웁니다. 곡선은 공이 있는 곳의 뉴런입니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="94"/>
        <source>Final loss for each learning rate; click a point to use that rate</source>
        <translation>학습률마다의 마지막 손실. 점을 클릭하면 그 학습률을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="104"/>
        <source>What the run is doing</source>
        <translation>지금 실행이 하고 있는 일</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="128"/>
        <source>Step</source>
        <translation>한 걸음</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="128"/>
        <source>One step downhill (Space)</source>
        <translation>내리막으로 한 걸음 (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="129"/>
        <source>Back</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="129"/>
        <source>Undo the last step exactly (Backspace)</source>
        <translation>마지막 걸음을 정확히 되돌립니다 (Backspace)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="130"/>
        <location filename="../../gui/descent/descent_panel.py" line="338"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="130"/>
        <source>Step again and again; press again to pause (P)</source>
        <translation>계속 걸어갑니다. 다시 누르면 멈춥니다 (P)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="131"/>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="131"/>
        <source>Back to the start (R)</source>
        <translation>출발점으로 돌아갑니다 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="335"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="379"/>
        <source>Surface: {0}. Learning rate set to {1}, which suits it.</source>
        <translation>곡면: {0}. 이 곡면에 맞는 학습률 {1}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="401"/>
        <source>Binary cross-entropy needs outputs between 0 and 1; the loss is now mean squared error.</source>
        <translation>이진 교차 엔트로피 오차는 0과 1 사이의 출력이 필요합니다. 손실 함수를 평균 제곱 오차로 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="415"/>
        <source>Binary cross-entropy needs outputs between 0 and 1; the activation is now the sigmoid.</source>
        <translation>이진 교차 엔트로피 오차는 0과 1 사이의 출력이 필요합니다. 활성화 함수를 시그모이드로 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="420"/>
        <source>Binary cross-entropy needs targets 0 or 1: choose the “Two classes” data first. The loss is unchanged.</source>
        <translation>이진 교차 엔트로피 오차는 정답이 0 또는 1이어야 합니다. 먼저 “두 클래스” 데이터를 고르세요. 손실 함수는 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="542"/>
        <source>{0} (lr {1}, now {2})</source>
        <translation>{0} (학습률 {1}, 지금 {2})</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="550"/>
        <source>{0}
rate of step {1}: η = {2}</source>
        <translation>{0}
{1}번째 걸음의 학습률: η = {2}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="571"/>
        <source>  (MSE = mean (y − t)²; the book&apos;s ½ convention: mean ½(y − t)² = {0})</source>
        <translation>  (MSE = (y − t)²의 평균; 책의 ½ 표기: ½(y − t)²의 평균 = {0})</translation>
    </message>
    <message>
        <source>Gradient arrows: length ∝ |∇L|; the longest is |∇L| = {0}</source>
        <translation type="vanished">기울기 화살표: 길이 ∝ |∇L|, 가장 긴 화살표는 |∇L| = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="560"/>
        <source> (a batch of {0} of {1} points)</source>
        <translation> (점 {1}개 중 {0}개의 배치)</translation>
    </message>
    <message>
        <source>Learning rate set to {0} from the sweep.</source>
        <translation type="vanished">훑기 결과로 학습률을 {0}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Sweeping {0}/{1}</source>
        <translation type="vanished">훑는 중 {0}/{1}</translation>
    </message>
    <message>
        <source>Every rate diverged within {0} steps.</source>
        <translation type="vanished">모든 학습률이 {0}걸음 안에 발산했습니다.</translation>
    </message>
    <message>
        <source>Lowest loss after {0} steps at rate {1}: click a point to use its rate.</source>
        <translation type="vanished">{0}걸음 뒤 손실이 가장 낮은 학습률은 {1}입니다. 점을 클릭하면 그 학습률을 씁니다.</translation>
    </message>
    <message>
        <source>Sweep 20 rates</source>
        <translation type="vanished">학습률 20개 훑기</translation>
    </message>
    <message>
        <source>diverged: the learning rate is too large for this surface</source>
        <translation type="vanished">발산: 이 곡면에는 학습률이 너무 큽니다</translation>
    </message>
    <message>
        <source>diverged: the loss falls without end: this surface has no bottom that way</source>
        <translation type="vanished">발산: 손실이 끝없이 줄어듭니다. 이 곡면은 그 방향으로 바닥이 없습니다</translation>
    </message>
    <message>
        <source>stalled: the gradient is zero here: a saddle</source>
        <translation type="vanished">멈춤: 여기서는 기울기가 0입니다: 안장점</translation>
    </message>
    <message>
        <source>stalled: the gradient is zero here: a plateau</source>
        <translation type="vanished">멈춤: 여기서는 기울기가 0입니다: 고원</translation>
    </message>
    <message>
        <source>converged: the ball rests at a minimum</source>
        <translation type="vanished">수렴: 공이 최솟값에 멈췄습니다</translation>
    </message>
    <message>
        <source>Step {0} · loss {1} · click the surface to move the ball, Space steps, P plays</source>
        <translation type="vanished">{0}걸음 · 손실 {1} · 곡면을 클릭하면 공을 옮기고, Space는 한 걸음, P는 재생</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="541"/>
        <source>{0} (lr {1})</source>
        <translation>{0} (학습률 {1})</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="528"/>
        <source>loss {0}</source>
        <translation>손실 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="553"/>
        <source>moving</source>
        <translation>움직이는 중</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="553"/>
        <source>at a minimum</source>
        <translation>최솟점에 도달</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="554"/>
        <source>stalled</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="554"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>, a batch of {0} of {1} points</source>
        <translation type="vanished">, 점 {1}개 중 {0}개의 배치</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_panel.py" line="561"/>
        <source>no next step: the run diverged. Press Back or Reset, then try a smaller learning rate.</source>
        <translation>다음 걸음 없음: 발산했습니다. 되돌리기나 처음으로를 누른 뒤 더 작은 학습률로 해 보세요.</translation>
    </message>
    <message>
        <source>no next step: the run diverged. Back or Reset, or lower the learning rate.</source>
        <translation type="vanished">다음 걸음 없음: 발산했습니다. 되돌리기나 처음으로를 누르거나 학습률을 낮추세요.</translation>
    </message>
</context>
<context>
    <name>DescentSurfaceMixin</name>
    <message>
        <location filename="../../gui/descent/descent_surface.py" line="57"/>
        <source>Gradient arrows: length ∝ |∇L|; the longest is |∇L| = {0}</source>
        <translation>기울기 화살표: 길이 ∝ |∇L|, 가장 긴 화살표는 |∇L| = {0}</translation>
    </message>
</context>
<context>
    <name>DescentSweepMixin</name>
    <message>
        <location filename="../../gui/descent/descent_sweep.py" line="16"/>
        <source>Learning rate set to {0} from the sweep.</source>
        <translation>훑기 결과로 학습률을 {0}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_sweep.py" line="43"/>
        <source>Sweeping {0}/{1}</source>
        <translation>훑는 중 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_sweep.py" line="48"/>
        <source>Every rate diverged within {0} steps.</source>
        <translation>모든 학습률이 {0}걸음 안에 발산했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_sweep.py" line="50"/>
        <source>Lowest loss after {0} steps at rate {1}: click a point to use its rate.</source>
        <translation>{0}걸음을 간 뒤 손실이 가장 낮은 학습률은 {1}입니다. 점을 클릭하면 그 학습률을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/descent/descent_sweep.py" line="62"/>
        <source>Sweep 20 rates</source>
        <translation>학습률 20개 탐색</translation>
    </message>
</context>
<context>
    <name>DigitImageView</name>
    <message>
        <location filename="../../gui/draw/digit_image_view.py" line="30"/>
        <source>The 28×28 input of the network: your drawing cropped to the ink, scaled so its longer side is 20 pixels, anti-aliased, and shifted so its centre of mass sits on the red cross (the middle). This is all the network sees.</source>
        <translation>신경망의 28×28 입력: 그린 숫자를 잉크가 있는 부분만 잘라 긴 변이 20픽셀이 되게 줄이고, 안티에일리어싱을 한 뒤, 무게중심이 빨간 십자(가운데)에 오도록 옮긴 것입니다. 신경망은 이것만 봅니다.</translation>
    </message>
</context>
<context>
    <name>DrawCanvas</name>
    <message>
        <location filename="../../gui/draw/draw_canvas.py" line="40"/>
        <source>Draw one digit here with the mouse. Esc clears the canvas, Ctrl+Z undoes the last stroke.</source>
        <translation>여기에 마우스로 숫자 하나를 쓰세요. Esc는 캔버스를 지우고, Ctrl+Z는 마지막 획을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_canvas.py" line="42"/>
        <source>Drawing canvas</source>
        <translation>그리기 캔버스</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_canvas.py" line="175"/>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 쓰세요</translation>
    </message>
</context>
<context>
    <name>DrawModelsMixin</name>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="29"/>
        <source>the bundled model, trained on the 8,000 sample digits</source>
        <translation>내장 모델, 표본 숫자 8,000개로 학습</translation>
    </message>
    <message>
        <source> ({0:.1f} % right on the 2,000 test digits)</source>
        <translation type="vanished"> (시험 숫자 2,000개 중 {0:.1f} % 정답)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="32"/>
        <source>default model (bundled)</source>
        <translation>기본 모델 (내장)</translation>
    </message>
    <message>
        <source>{0}, {1:.1f} % test</source>
        <translation type="vanished">{0}, 시험 {1:.1f} %</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="31"/>
        <source> ({0} % right on the 2,000 test digits)</source>
        <translation> (시험 숫자 2,000개 중 {0} % 정답)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="62"/>
        <source>{0}, {1} % test</source>
        <translation>{0}, 시험 {1} %</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="74"/>
        <source>The model in use sorts other classes ({0}), not digits</source>
        <translation>사용 중인 모델은 숫자가 아닌 다른 클래스({0})를 분류합니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="78"/>
        <source>The model in use has fresh, untrained weights</source>
        <translation>사용 중인 모델은 학습하지 않은 새 가중치입니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="80"/>
        <source>model in use</source>
        <translation>사용 중인 모델</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="81"/>
        <source>the model in use: {0}</source>
        <translation>사용 중인 모델: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="86"/>
        <source>{0}; {1} answers here.</source>
        <translation>{0}. 여기서는 {1}이(가) 답합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="87"/>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="130"/>
        <source>No model can answer: {0}</source>
        <translation>답할 수 있는 모델이 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_models.py" line="131"/>
        <source>No model yet: train one in the Training tab.</source>
        <translation>아직 모델이 없습니다. 학습 탭에서 학습시키세요.</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <source>Not built yet.</source>
        <translation type="vanished">아직 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="109"/>
        <source>Clear the drawing</source>
        <extracomment>while a stroke is being drawn, answer at most this often</extracomment>
        <translation>그림 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="110"/>
        <source>Undo the last stroke</source>
        <translation>마지막 획 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="118"/>
        <source>Your drawing</source>
        <translation>내가 쓴 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="127"/>
        <source>Pen width in screen pixels, for the strokes you draw next</source>
        <translation>펜 굵기 (화면 픽셀), 다음에 긋는 획부터 적용</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="132"/>
        <source>Undo stroke</source>
        <translation>획 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="133"/>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>마지막 획을 지웁니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="135"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="136"/>
        <source>Clear the canvas (Esc)</source>
        <translation>캔버스를 지웁니다 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="140"/>
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="155"/>
        <source>What the network sees</source>
        <translation>신경망이 보는 것</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="157"/>
        <source>28×28 pixels: cropped, longer side scaled to 20 px, centre of mass on the red cross.</source>
        <translation>28×28 픽셀: 잘라서 긴 변을 20픽셀로 맞추고, 무게중심을 빨간 십자에 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="161"/>
        <source>Match MNIST stroke width</source>
        <translation>MNIST 획 굵기에 맞추기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="165"/>
        <source>Thicken or thin strokes that are far thinner or fatter than MNIST&apos;s (about 2.6 of the 28 pixels). Turn it off to see what a fat pen does.</source>
        <translation>MNIST(28픽셀 중 약 2.6픽셀)보다 훨씬 가늘거나 굵은 획을 굵게 또는 가늘게 맞춥니다. 끄면 굵은 펜이 어떤 결과를 내는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="177"/>
        <source>The network&apos;s answer</source>
        <translation>신경망의 답</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="185"/>
        <source>The digit with the highest probability</source>
        <translation>확률이 가장 높은 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="207"/>
        <source>Which network answers your drawings</source>
        <translation>내 손글씨에 답할 신경망</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="215"/>
        <source>Answering:</source>
        <translation>답하는 모델:</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="221"/>
        <source>Teach it my handwriting</source>
        <translation>내 손글씨 가르치기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="224"/>
        <source>Keep this drawing as a:</source>
        <translation>이 그림을 다음 숫자로 저장:</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="231"/>
        <source>Keep this drawing, labelled {0}, for fine-tuning</source>
        <translation>미세 조정에 쓰도록 이 그림을 레이블 {0}(으)로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="243"/>
        <location filename="../../gui/draw/draw_panel.py" line="410"/>
        <source>Fine-tune on my drawings</source>
        <translation>내 손글씨로 미세 조정</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="245"/>
        <source>Train the answering network a few steps on your kept drawings mixed with MNIST digits, and compare its accuracy on them before and after</source>
        <translation>저장한 손글씨를 MNIST 숫자와 섞어 답하는 신경망을 몇 걸음 학습시키고, 손글씨에 대한 정확도를 전후로 비교합니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="253"/>
        <source> steps</source>
        <translation> 걸음</translation>
    </message>
    <message>
        <source>{0}, {1:.1f} % test</source>
        <translation type="vanished">{0}, 시험 {1:.1f} %</translation>
    </message>
    <message>
        <source>The model in use sorts other classes ({0}), not digits</source>
        <translation type="vanished">사용 중인 모델은 숫자가 아닌 다른 클래스({0})를 분류합니다</translation>
    </message>
    <message>
        <source>The model in use has fresh, untrained weights</source>
        <translation type="vanished">사용 중인 모델은 학습하지 않은 새 가중치입니다</translation>
    </message>
    <message>
        <source>model in use</source>
        <translation type="vanished">사용 중인 모델</translation>
    </message>
    <message>
        <source>the model in use: {0}</source>
        <translation type="vanished">사용 중인 모델: {0}</translation>
    </message>
    <message>
        <source>The Training tab&apos;s model sorts other classes ({0}), not digits</source>
        <translation type="vanished">학습 탭의 모델은 숫자가 아닌 다른 클래스({0})를 분류합니다</translation>
    </message>
    <message>
        <source>The Training tab&apos;s model has fresh, untrained weights</source>
        <translation type="vanished">학습 탭의 모델은 아직 학습하지 않은 새 가중치입니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="309"/>
        <source>Draw the digit bigger</source>
        <translation>숫자를 더 크게 써 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="319"/>
        <source>{0} % sure</source>
        <translation>{0} % 확신</translation>
    </message>
    <message>
        <source>How many optimizer steps (batches of 64: half your drawings, half MNIST) fine-tuning takes</source>
        <translation type="vanished">미세 조정의 옵티마이저 걸음 수 (배치 64개: 절반은 내 손글씨, 절반은 MNIST)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="257"/>
        <source>How many optimizer steps fine-tuning takes; each step is a batch of {0} of your drawings and {1} MNIST digits</source>
        <translation>미세 조정의 옵티마이저 걸음 수. 걸음마다 내 손글씨 {0}개와 MNIST 숫자 {1}개로 된 배치를 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="262"/>
        <source>Fine-tuning progress</source>
        <translation>미세 조정 진행</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="263"/>
        <source>Forget my drawings…</source>
        <translation>내 손글씨 지우기…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="264"/>
        <source>Delete every drawing you kept (asks first)</source>
        <translation>저장한 손글씨를 모두 지웁니다 (먼저 묻습니다)</translation>
    </message>
    <message>
        <source>the bundled model, trained on the 8,000 sample digits</source>
        <translation type="vanished">내장 모델, 표본 숫자 8,000개로 학습</translation>
    </message>
    <message>
        <source> ({0:.1f} % right on the 2,000 test digits)</source>
        <translation type="vanished"> (시험 숫자 2,000개 중 {0:.1f} % 정답)</translation>
    </message>
    <message>
        <source>default model (bundled)</source>
        <translation type="vanished">기본 모델 (내장)</translation>
    </message>
    <message>
        <source>The Training tab&apos;s model sorts other classes ({0}), not digits; {1} answers here.</source>
        <translation type="vanished">학습 탭의 모델은 숫자가 아닌 다른 클래스({0})를 분류합니다. 여기서는 {1}이(가) 답합니다.</translation>
    </message>
    <message>
        <source>model of the Training tab</source>
        <translation type="vanished">학습 탭의 모델</translation>
    </message>
    <message>
        <source>the Training tab&apos;s model, {0}</source>
        <translation type="vanished">학습 탭의 모델, {0}</translation>
    </message>
    <message>
        <source>{0}; {1} answers here.</source>
        <translation type="vanished">{0}. 여기서는 {1}이(가) 답합니다.</translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="vanished">모델 없음</translation>
    </message>
    <message>
        <source>No model can answer: {0}</source>
        <translation type="vanished">답할 수 있는 모델이 없습니다: {0}</translation>
    </message>
    <message>
        <source>No model yet: train one in the Training tab.</source>
        <translation type="vanished">아직 모델이 없습니다. 학습 탭에서 학습시키세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="281"/>
        <source>{0} px</source>
        <translation>{0}픽셀</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="309"/>
        <source>Draw something</source>
        <translation>무언가 써 보세요</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="313"/>
        <source>No model to ask</source>
        <translation>물어볼 모델이 없습니다</translation>
    </message>
    <message>
        <source>{0:.0f} % sure</source>
        <translation type="vanished">{0:.0f} % 확신</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="347"/>
        <source>No drawings kept yet. When the answer is wrong, click the right digit to keep the drawing with that label.</source>
        <translation>아직 저장한 손글씨가 없습니다. 답이 틀리면 맞는 숫자를 클릭해 그 레이블로 그림을 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="351"/>
        <source>1 drawing kept ({1}), in {2}</source>
        <translation>손글씨 1개 저장됨 ({1}), 위치: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="352"/>
        <source>{0} drawings kept ({1}), in {2}</source>
        <translation>손글씨 {0}개 저장됨 ({1}), 위치: {2}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="354"/>
        <source>Could not read your saved drawings: {0}</source>
        <translation>저장한 손글씨를 읽지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="368"/>
        <source>Draw a digit first, then click the right digit.</source>
        <translation>먼저 숫자를 쓰고, 맞는 숫자를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="372"/>
        <source>Drawings cannot be kept: {0}</source>
        <translation>손글씨를 저장할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="377"/>
        <source>Could not keep the drawing: {0}</source>
        <translation>그림을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="386"/>
        <source>Forget my drawings</source>
        <translation>내 손글씨 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="387"/>
        <source>Delete the drawings you kept ({0})? This cannot be undone.</source>
        <translation>저장한 손글씨({0}개)를 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="440"/>
        <source>Fine-tuning on your drawings ({0})…</source>
        <translation>내 손글씨({0}개)로 미세 조정 중…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="456"/>
        <source>MNIST test digits: {0} % before, {1} % after.</source>
        <translation>MNIST 시험 숫자: 전 {0} %, 후 {1} %.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="463"/>
        <source>fine-tuned on your drawings ({0}), starting from: {1}</source>
        <translation>내 손글씨({0}개)로 미세 조정됨, 출발점: {1}</translation>
    </message>
    <message>
        <source>Delete all {0} drawings you kept? This cannot be undone.</source>
        <translation type="vanished">저장한 손글씨 {0}개를 모두 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="396"/>
        <source>Could not delete the drawings: {0}</source>
        <translation>손글씨를 지우지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="409"/>
        <source>Stop fine-tuning</source>
        <translation>미세 조정 멈추기</translation>
    </message>
    <message>
        <source>Fine-tuning on {0} drawings…</source>
        <translation type="vanished">손글씨 {0}개로 미세 조정하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="453"/>
        <source>Your drawings: {0} of {1} right before, {2} of {1} after ({3} steps).</source>
        <translation>내 손글씨: 전에는 {1}개 중 {0}개, 후에는 {1}개 중 {2}개 정답 ({3}걸음).</translation>
    </message>
    <message>
        <source>MNIST test digits: {0:.1f} % before, {1:.1f} % after.</source>
        <translation type="vanished">MNIST 시험 숫자: 전 {0:.1f} %, 후 {1:.1f} %.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="462"/>
        <source>fine-tuned on my drawings</source>
        <translation>내 손글씨로 미세 조정됨</translation>
    </message>
    <message>
        <source>fine-tuned on your {0} drawings, starting from: {1}</source>
        <translation type="vanished">내 손글씨 {0}개로 미세 조정됨, 출발 모델: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="468"/>
        <source>Fine-tuning failed: {0}</source>
        <translation>미세 조정 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="473"/>
        <source>Fine-tuning stopped; the model was not changed.</source>
        <translation>미세 조정을 멈췄습니다. 모델은 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DrawingsStrip</name>
    <message>
        <source>Your kept drawings, newest on the right, with the digit you gave. After fine-tuning: what the network read before → after (green frame: read right).</source>
        <translation type="vanished">저장한 손글씨 (가장 최근 것이 오른쪽)와 내가 준 숫자. 미세 조정 뒤에는 신경망이 읽은 숫자를 전 → 후로 보여 줍니다 (초록 테두리: 맞게 읽음).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/drawings_strip.py" line="29"/>
        <source>Your kept drawings, newest on the right, with the digit you gave. After fine-tuning, under each: the digit you drew, what the network read before fine-tuning, and what it reads now (green frame: read right).</source>
        <translation>간직한 그림들입니다 (가장 새 것이 오른쪽), 아래에 여러분이 정한 숫자. 미세 조정 뒤에는 각 그림 아래에 그린 숫자, 미세 조정 전에 신경망이 읽은 숫자, 지금 읽는 숫자가 나옵니다 (초록 테두리: 맞게 읽음).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/drawings_strip.py" line="72"/>
        <source>(your kept drawings will appear here)</source>
        <translation>(저장한 손글씨가 여기에 나타납니다)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/drawings_strip.py" line="82"/>
        <source>drew {0}
read {1}, now {2}</source>
        <translation>그린 숫자 {0}
읽음 {1} → 지금 {2}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/error_dialog.py" line="106"/>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="118"/>
        <source>&lt;b&gt;An unexpected error happened.&lt;/b&gt; The app keeps running; what you were doing may not have finished.</source>
        <translation>&lt;b&gt;예상하지 못한 오류가 발생했습니다.&lt;/b&gt; 앱은 계속 실행됩니다. 방금 하던 작업은 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="126"/>
        <source>Details were saved to {0}</source>
        <translation>자세한 내용을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="128"/>
        <source>The details could not be saved to a file.</source>
        <translation>자세한 내용을 파일에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="139"/>
        <location filename="../../gui/error_dialog.py" line="174"/>
        <source>Show details</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="141"/>
        <source>Show or hide the full error report (the traceback)</source>
        <translation>전체 오류 보고(트레이스백)를 보이거나 숨깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="143"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="144"/>
        <source>Copy the full error report to the clipboard</source>
        <translation>전체 오류 보고를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="168"/>
        <source>{0} more error(s) since this one (see details).</source>
        <translation>이후로 오류가 {0}개 더 있었습니다 (자세히 보기 참고).</translation>
    </message>
    <message>
        <location filename="../../gui/error_dialog.py" line="174"/>
        <source>Hide details</source>
        <translation>자세히 숨기기</translation>
    </message>
</context>
<context>
    <name>GradNormPlot</name>
    <message>
        <location filename="../../gui/training/grad_norm_plot.py" line="21"/>
        <source>Gradient size per layer</source>
        <translation>층별 기울기 크기</translation>
    </message>
    <message>
        <location filename="../../gui/training/grad_norm_plot.py" line="22"/>
        <source>RMS of dL/dW (log)</source>
        <translation>dL/dW의 RMS (로그)</translation>
    </message>
    <message>
        <location filename="../../gui/training/grad_norm_plot.py" line="22"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/training/grad_norm_plot.py" line="23"/>
        <source>How large each weight layer&apos;s gradient is (root mean square). Curves far below the others mean that layer barely learns: the vanishing gradient.</source>
        <translation>가중치 층마다 기울기가 얼마나 큰지(제곱평균제곱근). 다른 곡선보다 훨씬 아래에 있는 곡선은 그 층이 거의 배우지 못한다는 뜻입니다: 기울기 소실.</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="11"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../gui/help_panel.py" line="70"/>
        <location filename="../../gui/help_panel.py" line="146"/>
        <source>Help</source>
        <extracomment>a help file larger than this is refused unread help topic of a view shown as a sub-tab, by the view&apos;s class name (the Concepts views) the sheet&apos;s width: this many pixels, but at most WIDTH_SHARE of the window</extracomment>
        <translation>도움말</translation>
    </message>
    <message>
        <location filename="../../gui/help_panel.py" line="78"/>
        <source>Close the help (F1)</source>
        <translation>도움말을 닫습니다 (F1)</translation>
    </message>
    <message>
        <location filename="../../gui/help_panel.py" line="84"/>
        <source>What the current tab shows, and the formula behind it</source>
        <translation>현재 탭이 보여 주는 것과 그 밑에 있는 수식</translation>
    </message>
    <message>
        <location filename="../../gui/help_panel.py" line="146"/>
        <source>The help texts could not be read: {0}</source>
        <translation>도움말 글을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="vanished">경사 하강법</translation>
    </message>
    <message>
        <source>The ball stands on a loss surface: its height is the loss for the two parameters under it. The gradient points uphill, so each step moves the ball a little against it.</source>
        <translation type="vanished">공은 손실 곡면 위에 놓여 있습니다. 공이 있는 곳의 높이가 그 아래 두 매개변수에서의 손실입니다. 기울기는 오르막 방향을 가리키므로, 한 걸음마다 공을 기울기의 반대 방향으로 조금씩 옮깁니다.</translation>
    </message>
    <message>
        <source>η is the learning rate. Too small and the ball creeps; too large and it overshoots and diverges. Momentum, AdaGrad, RMSprop and Adam build each step from the gradients seen so far: race them from one start to compare.</source>
        <translation type="vanished">η는 학습률입니다. 너무 작으면 공이 느릿느릿 기어가고, 너무 크면 최솟값을 지나쳐 발산합니다. 모멘텀, AdaGrad, RMSprop, Adam은 지금까지 본 기울기로 한 걸음을 만듭니다. 같은 출발점에서 경주시켜 비교해 보세요.</translation>
    </message>
    <message>
        <source>On the neuron surface the loss is the mean over the data points of one neuron y = h(wx + b). With a mini-batch each step sees only some of the points, so the path jitters.</source>
        <translation type="vanished">뉴런 곡면에서 손실은 뉴런 하나 y = h(wx + b)의 데이터 점들에 대한 평균입니다. 미니배치를 쓰면 한 걸음마다 점의 일부만 보므로 경로가 흔들립니다.</translation>
    </message>
    <message>
        <source>w ← w − η ∂L/∂w&lt;br&gt;b ← b − η ∂L/∂b</source>
        <translation type="vanished">w ← w − η ∂L/∂w&lt;br&gt;b ← b − η ∂L/∂b</translation>
    </message>
    <message>
        <source>Training a neural network</source>
        <translation type="vanished">신경망 학습</translation>
    </message>
    <message>
        <source>The network turns a 28×28 image (784 numbers) into ten scores through its hidden layers; softmax makes the scores probabilities, and the loss function compares them with the true digit.</source>
        <translation type="vanished">신경망은 28×28 이미지(숫자 784개)를 은닉층에 통과시켜 점수 10개로 바꿉니다. 소프트맥스가 점수를 확률로 바꾸고, 손실 함수가 그 확률을 정답 숫자와 비교합니다.</translation>
    </message>
    <message>
        <source>Backpropagation computes the gradient of the loss for every weight and bias in one backward pass; the optimizer then updates the parameters, one mini-batch at a time. One epoch is one pass over the training data.</source>
        <translation type="vanished">오차역전파법은 한 번의 역방향 계산으로 모든 가중치와 편향에 대한 손실의 기울기를 구합니다. 그다음 옵티마이저가 미니배치 하나마다 매개변수를 갱신합니다. 1 에폭은 훈련 데이터 전체를 한 번 훑는 것입니다.</translation>
    </message>
    <message>
        <source>Watch the test accuracy: when the training loss keeps falling but the test accuracy stops rising, the network is overfitting. The gradient plot shows vanishing gradients: in a deep sigmoid network the first layers get far smaller gradients than the last.</source>
        <translation type="vanished">시험 정확도를 지켜보세요. 훈련 손실은 계속 줄어드는데 시험 정확도가 더 오르지 않으면 오버피팅입니다. 기울기 그래프에서는 기울기 소실이 보입니다. 시그모이드를 쓴 깊은 신경망에서는 앞쪽 층의 기울기가 뒤쪽 층보다 훨씬 작습니다.</translation>
    </message>
    <message>
        <source>y = softmax(W₂ h(W₁x + b₁) + b₂)&lt;br&gt;L = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation type="vanished">y = softmax(W₂ h(W₁x + b₁) + b₂)&lt;br&gt;L = −Σ&lt;sub&gt;k&lt;/sub&gt; t&lt;sub&gt;k&lt;/sub&gt; log y&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Your handwriting through the network</source>
        <translation type="vanished">내 손글씨가 신경망을 지나가는 길</translation>
    </message>
    <message>
        <source>Your drawing is prepared the way MNIST was: cropped to the ink, scaled so its longer side is 20 pixels, and placed in a 28×28 image with its centre of mass in the middle. The network sees only that small image.</source>
        <translation type="vanished">그린 숫자는 MNIST를 만든 방식대로 준비됩니다. 잉크가 있는 부분만 잘라 긴 변이 20픽셀이 되게 줄이고, 무게중심이 가운데 오도록 28×28 이미지에 놓습니다. 신경망은 이 작은 이미지만 봅니다.</translation>
    </message>
    <message>
        <source>The bars are the ten probabilities from softmax: they add up to 1, and the largest one is the answer. When the answer is wrong, give the right digit: your drawings can fine-tune the network.</source>
        <translation type="vanished">막대는 소프트맥스가 낸 확률 10개입니다. 모두 더하면 1이고, 가장 큰 것이 답입니다. 답이 틀리면 맞는 숫자를 알려 주세요. 직접 그린 숫자로 신경망을 미세 조정할 수 있습니다.</translation>
    </message>
    <message>
        <source>p&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;j&lt;/sub&gt; exp(a&lt;sub&gt;j&lt;/sub&gt;)</source>
        <translation type="vanished">p&lt;sub&gt;k&lt;/sub&gt; = exp(a&lt;sub&gt;k&lt;/sub&gt;) / Σ&lt;sub&gt;j&lt;/sub&gt; exp(a&lt;sub&gt;j&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation type="vanished">개념</translation>
    </message>
    <message>
        <source>Each view lets you move one idea of the book: activation functions and their derivatives, loss functions, MAE against MSE with an outlier, softmax, and metrics.</source>
        <translation type="vanished">각 화면에서 책의 개념 하나를 직접 움직여 봅니다: 활성화 함수와 그 미분, 손실 함수, 이상치가 있을 때의 평균 절대 오차(MAE)와 평균 제곱 오차(MSE), 소프트맥스, 평가 지표.</translation>
    </message>
    <message>
        <source>Vanishing gradient: backpropagation multiplies the derivatives of all layers, so after n sigmoid layers at most 0.25ⁿ of the gradient is left, while ReLU passes it on unchanged (derivative 1) for positive inputs.</source>
        <translation type="vanished">기울기 소실: 오차역전파법은 모든 층의 미분을 곱합니다. 그래서 시그모이드 층을 n개 지나면 기울기는 많아야 0.25ⁿ만 남지만, ReLU는 입력이 양수이면 기울기를 그대로(미분 1) 전달합니다.</translation>
    </message>
    <message>
        <source>h(x) = 1 / (1 + exp(−x))&lt;br&gt;h′(x) = h(x)(1 − h(x)) ≤ 0.25</source>
        <translation type="vanished">h(x) = 1 / (1 + exp(−x))&lt;br&gt;h′(x) = h(x)(1 − h(x)) ≤ 0.25</translation>
    </message>
    <message>
        <source>The real loss landscape</source>
        <translation type="vanished">진짜 손실 지형</translation>
    </message>
    <message>
        <source>A trained network has many thousands of weights, so its loss lives in as many dimensions. A slice shows it in two: the loss of the weights θ* + α·d₁ + β·d₂ on a grid of α and β around the trained weights θ*.</source>
        <translation type="vanished">학습된 신경망에는 가중치가 수천 개 넘게 있어서 손실도 그만큼 많은 차원에 놓여 있습니다. 단면은 그것을 2차원으로 보여 줍니다: 학습된 가중치 θ* 둘레에서 α와 β의 격자마다 가중치 θ* + α·d₁ + β·d₂의 손실을 구합니다.</translation>
    </message>
    <message>
        <source>The PCA plane holds the directions in which training moved the weights most, so the path of the run shows in it; a random plane shows the minimum in a typical direction. With two single weights, the Descent lab&apos;s optimizers run on a real network&apos;s loss.</source>
        <translation type="vanished">PCA 평면은 학습이 가중치를 가장 많이 움직인 방향을 담고 있어서 실행의 경로가 그 위에 보입니다. 무작위 평면은 흔한 방향에서 본 최솟값을 보여 줍니다. 가중치 두 개를 고르면 경사 하강법 실험실의 옵티마이저가 진짜 신경망의 손실 위에서 움직입니다.</translation>
    </message>
    <message>
        <source>L(α, β) = L(θ* + α·d₁ + β·d₂)</source>
        <translation type="vanished">L(α, β) = L(θ* + α·d₁ + β·d₂)</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation type="vanished">활성화 함수</translation>
    </message>
    <message>
        <source>An activation function h bends the weighted sum of a neuron. Gradient descent needs its derivative: the step function&apos;s derivative is 0 almost everywhere, so there is nothing to descend on.</source>
        <translation type="vanished">활성화 함수 h는 뉴런의 가중합을 휘어 놓습니다. 경사 하강법에는 그 미분이 필요합니다. 계단 함수의 미분은 거의 모든 곳에서 0이라 내려갈 방향이 없습니다.</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s derivative is at most 0.25, so each sigmoid layer shrinks the gradient at least fourfold (vanishing gradient); ReLU&apos;s derivative is 1 for positive inputs.</source>
        <translation type="vanished">시그모이드의 미분은 많아야 0.25이므로, 시그모이드 층을 하나 지날 때마다 기울기가 적어도 4분의 1로 줄어듭니다(기울기 소실). ReLU의 미분은 입력이 양수이면 1입니다.</translation>
    </message>
    <message>
        <source>sigmoid: h(x) = 1 / (1 + exp(−x)),  h′ = h(1 − h)&lt;br&gt;ReLU: h(x) = max(0, x),  h′ = 1 (x &gt; 0), 0 (x ≤ 0)</source>
        <translation type="vanished">시그모이드: h(x) = 1 / (1 + exp(−x)),  h′ = h(1 − h)&lt;br&gt;ReLU: h(x) = max(0, x),  h′ = 1 (x &gt; 0), 0 (x ≤ 0)</translation>
    </message>
    <message>
        <source>Loss functions</source>
        <translation type="vanished">손실 함수</translation>
    </message>
    <message>
        <source>A loss function measures how far the prediction y is from the target t. Its gradient, more than its value, decides how hard the weights are pushed.</source>
        <translation type="vanished">손실 함수는 예측 y가 정답 t에서 얼마나 떨어져 있는지 잽니다. 가중치를 얼마나 세게 미는지는 손실의 값보다 그 기울기가 정합니다.</translation>
    </message>
    <message>
        <source>With a saturated sigmoid output, the gradient of the mean squared error is almost zero even when the answer is wrong; the cross-entropy error keeps it large, so learning goes on.</source>
        <translation type="vanished">시그모이드 출력이 포화되면 답이 틀렸는데도 평균 제곱 오차의 기울기는 거의 0입니다. 교차 엔트로피 오차는 기울기를 크게 유지하므로 학습이 계속됩니다.</translation>
    </message>
    <message>
        <source>MSE: L = (1/N) Σ (y − t)²&lt;br&gt;CE: L = −Σ t log y</source>
        <translation type="vanished">평균 제곱 오차: L = (1/N) Σ (y − t)²&lt;br&gt;교차 엔트로피 오차: L = −Σ t log y</translation>
    </message>
    <message>
        <source>MAE against MSE with an outlier</source>
        <translation type="vanished">이상치가 있을 때: 평균 절대 오차 대 평균 제곱 오차</translation>
    </message>
    <message>
        <source>The mean squared error squares each error, so one far point pulls the fitted line hard. The mean absolute error grows only linearly, so the outlier barely moves its line.</source>
        <translation type="vanished">평균 제곱 오차는 오차를 제곱하므로 멀리 떨어진 점 하나가 맞춘 직선을 세게 끌어당깁니다. 평균 절대 오차는 오차에 비례해서만 커지므로 이상치가 직선을 거의 움직이지 못합니다.</translation>
    </message>
    <message>
        <source>Drag one point far away and compare the two lines.</source>
        <translation type="vanished">점 하나를 멀리 끌어다 놓고 두 직선을 비교해 보세요.</translation>
    </message>
    <message>
        <source>MSE: ∂L/∂y = 2(y − t)/N&lt;br&gt;MAE: ∂L/∂y = sign(y − t)/N</source>
        <translation type="vanished">평균 제곱 오차: ∂L/∂y = 2(y − t)/N&lt;br&gt;평균 절대 오차: ∂L/∂y = sign(y − t)/N</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="vanished">소프트맥스</translation>
    </message>
    <message>
        <source>Softmax turns scores into probabilities that add up to 1; a larger temperature T makes them more even. With the true class as a one-hot target, the cross-entropy error is −log of that class&apos;s probability.</source>
        <translation type="vanished">소프트맥스는 점수를 합이 1인 확률로 바꿉니다. 온도 T가 클수록 확률이 고르게 퍼집니다. 정답 클래스를 원-핫 정답 레이블로 두면 교차 엔트로피 오차는 그 클래스 확률의 −log입니다.</translation>
    </message>
    <message>
        <source>exp overflows for large scores such as 1000, giving inf and NaN. Subtracting the largest score first changes nothing in the result and keeps every exponent at or below 0.</source>
        <translation type="vanished">1000처럼 큰 점수에서는 exp가 오버플로되어 inf와 NaN이 나옵니다. 가장 큰 점수를 먼저 빼도 결과는 그대로이고, 모든 지수가 0 이하로 유지됩니다.</translation>
    </message>
    <message>
        <source>y&lt;sub&gt;k&lt;/sub&gt; = exp((a&lt;sub&gt;k&lt;/sub&gt; − max a)/T) / Σ&lt;sub&gt;j&lt;/sub&gt; exp((a&lt;sub&gt;j&lt;/sub&gt; − max a)/T)</source>
        <translation type="vanished">y&lt;sub&gt;k&lt;/sub&gt; = exp((a&lt;sub&gt;k&lt;/sub&gt; − max a)/T) / Σ&lt;sub&gt;j&lt;/sub&gt; exp((a&lt;sub&gt;j&lt;/sub&gt; − max a)/T)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="vanished">평가 지표</translation>
    </message>
    <message>
        <source>Accuracy counts the share of samples whose largest probability is on the right class. MAE averages how far the probabilities are from the one-hot target, so it also sees how sure the network was.</source>
        <translation type="vanished">정확도는 가장 큰 확률이 정답 클래스에 있는 표본의 비율을 셉니다. 평균 절대 오차(MAE)는 확률이 원-핫 정답 레이블에서 평균적으로 얼마나 떨어져 있는지를 재므로, 신경망이 얼마나 확신했는지도 봅니다.</translation>
    </message>
    <message>
        <source>accuracy = (1/N) Σ [argmax y&lt;sub&gt;i&lt;/sub&gt; = t&lt;sub&gt;i&lt;/sub&gt;]&lt;br&gt;MAE = (1/N) Σ |y − t|</source>
        <translation type="vanished">정확도 = (1/N) Σ [argmax y&lt;sub&gt;i&lt;/sub&gt; = t&lt;sub&gt;i&lt;/sub&gt;]&lt;br&gt;평균 절대 오차 = (1/N) Σ |y − t|</translation>
    </message>
</context>
<context>
    <name>LandscapeControls</name>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="59"/>
        <source>Step</source>
        <extracomment>default half-width of the view per kind (see LandscapeSpec.span) the actions that can be checked (on while playing) (name, text, shortcut, tooltip) of every action of the tab; translated in context &quot;LandscapeControls&quot; when the actions are made</extracomment>
        <translation>한 걸음</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="60"/>
        <source>One optimizer step on the two weights (Space)</source>
        <translation>가중치 두 개에 옵티마이저 한 걸음 (Space)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="61"/>
        <location filename="../../gui/landscape/landscape_controls.py" line="69"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="62"/>
        <source>Keep stepping until you press again or the run stops (P)</source>
        <translation>다시 누르거나 실행이 멈출 때까지 계속 걸어갑니다 (P)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="63"/>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="64"/>
        <source>Back to the trained weights (R)</source>
        <translation>학습된 가중치로 돌아갑니다 (R)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="65"/>
        <source>◀ Back</source>
        <translation>◀ 뒤로</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="66"/>
        <source>One snapshot back ([)</source>
        <translation>스냅숏 하나 뒤로 ([)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="67"/>
        <source>Step ▶</source>
        <translation>앞으로 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="68"/>
        <source>One snapshot forward (])</source>
        <translation>스냅숏 하나 앞으로 (])</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="70"/>
        <source>Replay the run from the start (Shift+P)</source>
        <translation>실행을 처음부터 다시 재생합니다 (Shift+P)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="71"/>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="72"/>
        <source>Compute the loss on the grid, in the background (Ctrl+Enter)</source>
        <translation>격자 위의 손실을 백그라운드에서 계산합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="73"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="74"/>
        <source>Stop computing; the picture shown stays (Esc)</source>
        <translation>계산을 멈춥니다. 보이는 그림은 그대로 남습니다 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="127"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="129"/>
        <location filename="../../gui/landscape/landscape_controls.py" line="246"/>
        <source>No model yet: train one on the Training tab.</source>
        <translation>아직 모델이 없습니다. 학습 탭에서 학습시키세요.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="148"/>
        <location filename="../../gui/landscape/landscape_controls.py" line="159"/>
        <source>Slice</source>
        <translation>단면</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="152"/>
        <source>PCA plane of the training path</source>
        <translation>학습 경로의 PCA 평면</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="153"/>
        <source>Random plane (filter-normalised)</source>
        <translation>무작위 평면 (필터 정규화)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="154"/>
        <source>Two weights of the first layer</source>
        <translation>첫 번째 층의 가중치 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="156"/>
        <source>PCA: the two directions in which the weights moved most during training. Random: two random directions, each unit&apos;s part scaled to the size of its weights. Two weights: the loss over two single weights, all others frozen.</source>
        <translation>PCA: 학습하는 동안 가중치가 가장 많이 움직인 두 방향. 무작위: 두 무작위 방향, 뉴런마다 그 가중치의 크기에 맞춰 조정. 가중치 두 개: 나머지를 모두 고정하고 가중치 두 개에 대한 손실.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="161"/>
        <source>Grid points along each axis: the loss is computed at every point</source>
        <translation>축마다의 격자점 수: 모든 점에서 손실을 계산합니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="162"/>
        <source> × same</source>
        <translation> × (같은 크기)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="163"/>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="165"/>
        <source>The loss is the mean over this fixed set of training digits (the same ones every time)</source>
        <translation>손실은 정해 둔 훈련 숫자들(매번 같은 숫자)에 대한 평균입니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="166"/>
        <source> digits</source>
        <translation>개의 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="167"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="168"/>
        <source>Reach ±</source>
        <translation>범위 ±</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="170"/>
        <source>Which random directions: another seed gives another random plane</source>
        <translation>어떤 무작위 방향인지: 시드가 다르면 다른 무작위 평면이 나옵니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="171"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="177"/>
        <source>Idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="178"/>
        <source>Rows of the grid computed so far</source>
        <translation>지금까지 계산한 격자의 행</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="184"/>
        <source>How far the view reaches, in multiples of the path&apos;s extent along each axis</source>
        <translation>보이는 범위, 각 축에서 경로 길이의 배수로</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="185"/>
        <source>How far the view reaches along each direction: 1 = a step as long as the weights</source>
        <translation>각 방향으로 보이는 범위: 1 = 가중치만큼 긴 한 걸음</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="186"/>
        <source>How far each weight may move from its trained value, in either direction</source>
        <translation>각 가중치가 학습된 값에서 양쪽으로 움직일 수 있는 거리</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="201"/>
        <source>Training path</source>
        <translation>학습 경로</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="203"/>
        <source>Show the path</source>
        <translation>경로 보이기</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="206"/>
        <source>Draw the weight snapshots of the run, projected onto the plane</source>
        <translation>실행 중 저장한 가중치 스냅숏을 평면에 투영해 그립니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="211"/>
        <source>Move the ball along the path, snapshot by snapshot</source>
        <translation>경로를 따라 스냅숏 하나씩 공을 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="220"/>
        <source>Two weights</source>
        <translation>가중치 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="229"/>
        <source>The Descent lab&apos;s optimizer that moves the two weights</source>
        <translation>가중치 두 개를 움직이는 경사 하강법 실험실의 옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="230"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="232"/>
        <source>Learning rate η of the two-weight descent (set to a suggestion when the slice or the optimizer changes)</source>
        <translation>가중치 두 개의 경사 하강법에 쓰는 학습률 η (단면이나 옵티마이저가 바뀌면 추천값으로 바뀝니다)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="234"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="250"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="252"/>
        <source>Training path: {0} weight snapshots.</source>
        <translation>학습 경로: 가중치 스냅숏 {0}개.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_controls.py" line="254"/>
        <source>No training path for this model (train it on the Training tab to see its path); the random plane and two weights still work.</source>
        <translation>이 모델에는 학습 경로가 없습니다(학습 탭에서 학습시키면 경로가 보입니다). 무작위 평면과 가중치 두 개는 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LandscapePanel</name>
    <message>
        <source>Network</source>
        <extracomment>the picture is drawn from a grid refined to about this many points a side (bilinear) default half-width of the view per kind (see LandscapeSpec.span) --screenshots: how long the default slice may take, and the descent steps shown on it</extracomment>
        <translation type="vanished">신경망</translation>
    </message>
    <message>
        <source>No model yet: train one on the Training tab.</source>
        <translation type="vanished">아직 모델이 없습니다. 학습 탭에서 학습시키세요.</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation type="vanished">단면</translation>
    </message>
    <message>
        <source>PCA plane of the training path</source>
        <translation type="vanished">학습 경로의 PCA 평면</translation>
    </message>
    <message>
        <source>Random plane (filter-normalised)</source>
        <translation type="vanished">무작위 평면 (필터 정규화)</translation>
    </message>
    <message>
        <source>Two weights of the first layer</source>
        <translation type="vanished">첫 번째 층의 가중치 두 개</translation>
    </message>
    <message>
        <source>PCA: the two directions in which the weights moved most during training. Random: two random directions, each unit&apos;s part scaled to the size of its weights. Two weights: the loss over two single weights, all others frozen.</source>
        <translation type="vanished">PCA: 학습하는 동안 가중치가 가장 많이 움직인 두 방향. 무작위: 두 무작위 방향, 뉴런마다 그 가중치의 크기에 맞춰 조정. 가중치 두 개: 나머지를 모두 고정하고 가중치 두 개에 대한 손실.</translation>
    </message>
    <message>
        <source> × same</source>
        <translation type="vanished"> × 같은 수</translation>
    </message>
    <message>
        <source>Grid points along each axis: the loss is computed at every point</source>
        <translation type="vanished">축마다의 격자점 수: 모든 점에서 손실을 계산합니다</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="vanished">격자</translation>
    </message>
    <message>
        <source> digits</source>
        <translation type="vanished"> 개 숫자</translation>
    </message>
    <message>
        <source>The loss is the mean over this fixed set of training digits (the same ones every time)</source>
        <translation type="vanished">손실은 정해 둔 훈련 숫자들(매번 같은 숫자)에 대한 평균입니다</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="vanished">데이터</translation>
    </message>
    <message>
        <source>How far the view reaches, in multiples of the path&apos;s extent along each axis</source>
        <translation type="vanished">보이는 범위, 각 축에서 경로 길이의 배수로</translation>
    </message>
    <message>
        <source>How far the view reaches along each direction: 1 = a step as long as the weights</source>
        <translation type="vanished">각 방향으로 보이는 범위: 1 = 가중치만큼 긴 한 걸음</translation>
    </message>
    <message>
        <source>How far each weight may move from its trained value, in either direction</source>
        <translation type="vanished">각 가중치가 학습된 값에서 양쪽으로 움직일 수 있는 거리</translation>
    </message>
    <message>
        <source>Reach ±</source>
        <translation type="vanished">범위 ±</translation>
    </message>
    <message>
        <source>Which random directions: another seed gives another random plane</source>
        <translation type="vanished">어떤 무작위 방향인지: 시드가 다르면 다른 무작위 평면이 나옵니다</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="vanished">시드</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="vanished">계산</translation>
    </message>
    <message>
        <source>Compute the loss on the grid (in the background)</source>
        <translation type="vanished">격자 위의 손실을 계산합니다 (백그라운드에서)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">취소</translation>
    </message>
    <message>
        <source>Stop computing; the picture shown stays</source>
        <translation type="vanished">계산을 멈춥니다. 보이는 그림은 그대로 남습니다</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="vanished">대기 중</translation>
    </message>
    <message>
        <source>Rows of the grid computed so far</source>
        <translation type="vanished">지금까지 계산한 격자의 행</translation>
    </message>
    <message>
        <source>Training path</source>
        <translation type="vanished">학습 경로</translation>
    </message>
    <message>
        <source>Show the path</source>
        <translation type="vanished">경로 보이기</translation>
    </message>
    <message>
        <source>Draw the weight snapshots of the run, projected onto the plane</source>
        <translation type="vanished">실행 중 저장한 가중치 스냅숏을 평면에 투영해 그립니다</translation>
    </message>
    <message>
        <source>Move the ball along the path, snapshot by snapshot</source>
        <translation type="vanished">경로를 따라 스냅숏 하나씩 공을 옮깁니다</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="vanished">◀ 뒤로</translation>
    </message>
    <message>
        <source>One snapshot back</source>
        <translation type="vanished">스냅숏 하나 뒤로</translation>
    </message>
    <message>
        <source>Step ▶</source>
        <translation type="vanished">앞으로 ▶</translation>
    </message>
    <message>
        <source>One snapshot forward</source>
        <translation type="vanished">스냅숏 하나 앞으로</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="440"/>
        <location filename="../../gui/landscape/landscape_panel.py" line="494"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Replay the run from the start</source>
        <translation type="vanished">실행을 처음부터 다시 재생합니다</translation>
    </message>
    <message>
        <source>Two weights</source>
        <translation type="vanished">가중치 두 개</translation>
    </message>
    <message>
        <source>The Descent lab&apos;s optimizer that moves the two weights</source>
        <translation type="vanished">가중치 두 개를 움직이는 경사 하강법 실험실의 옵티마이저</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="vanished">옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate η of the two-weight descent (set to a suggestion when the slice or the optimizer changes)</source>
        <translation type="vanished">가중치 두 개의 경사 하강법에 쓰는 학습률 η (단면이나 옵티마이저가 바뀌면 추천값으로 바뀝니다)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="vanished">학습률</translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="vanished">한 걸음</translation>
    </message>
    <message>
        <source>One optimizer step on the two weights</source>
        <translation type="vanished">가중치 두 개에 옵티마이저 한 걸음</translation>
    </message>
    <message>
        <source>Keep stepping until you press again or the run stops</source>
        <translation type="vanished">다시 누르거나 실행이 멈출 때까지 계속 걸어갑니다</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">처음으로</translation>
    </message>
    <message>
        <source>Back to the trained weights</source>
        <translation type="vanished">학습된 가중치로 돌아갑니다</translation>
    </message>
    <message>
        <source>The loss on the slice: dark blue is low, pale yellow high; ★ marks the trained weights</source>
        <translation type="vanished">단면 위의 손실: 진한 파랑은 낮고 옅은 노랑은 높습니다. ★는 학습된 가중치입니다</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="vanished">손실</translation>
    </message>
    <message>
        <source>step</source>
        <translation type="vanished">걸음</translation>
    </message>
    <message>
        <source>The loss on the slice along the path or the descent</source>
        <translation type="vanished">경로나 경사 하강을 따라간 단면 위의 손실</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="119"/>
        <source>Drag to give the settings or the picture more room</source>
        <extracomment>--screenshots: how long the default slice may take, and the descent steps shown on it</extracomment>
        <translation>끌어서 설정이나 그림에 자리를 더 줍니다</translation>
    </message>
    <message>
        <source>bundled model, trained on the 8,000 sample digits</source>
        <translation type="vanished">내장 모델, 표본 숫자 8,000개로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="204"/>
        <source>This picture is of the previous model: press Compute to see the current one.</source>
        <translation>이 그림은 이전 모델의 것입니다. 지금 모델을 보려면 계산을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="229"/>
        <source>{0}, {1:.1f} % test</source>
        <translation>{0}, 시험 {1:.1f} %</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="vanished">{0} ({1})</translation>
    </message>
    <message>
        <source>Training is running: the path is ready when the run ends.</source>
        <translation type="vanished">학습 중입니다. 실행이 끝나면 경로가 준비됩니다.</translation>
    </message>
    <message>
        <source>Training path: {0} weight snapshots.</source>
        <translation type="vanished">학습 경로: 가중치 스냅숏 {0}개.</translation>
    </message>
    <message>
        <source>No training path for this model (train it on the Training tab to see its path); the random plane and two weights still work.</source>
        <translation type="vanished">이 모델에는 학습 경로가 없습니다(학습 탭에서 학습시키면 경로가 보입니다). 무작위 평면과 가중치 두 개는 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="263"/>
        <source>No model yet: train one on the Training tab first.</source>
        <translation>아직 모델이 없습니다. 먼저 학습 탭에서 학습시키세요.</translation>
    </message>
    <message>
        <source>Training is running: the PCA plane needs the whole path. Wait for the run to end (or use the random plane).</source>
        <translation type="vanished">학습 중입니다. PCA 평면에는 경로 전체가 필요합니다. 실행이 끝날 때까지 기다리세요(또는 무작위 평면을 쓰세요).</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="269"/>
        <source>The PCA plane needs the path of a training run, and this model has none: train on the Training tab, or choose the random plane.</source>
        <translation>PCA 평면에는 학습 실행의 경로가 필요한데 이 모델에는 없습니다. 학습 탭에서 학습시키거나 무작위 평면을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="273"/>
        <source>Pick two different weights (A and B are the same).</source>
        <translation>서로 다른 가중치 두 개를 고르세요 (A와 B가 같습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="283"/>
        <source>Finding the directions…</source>
        <translation>방향을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="284"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="285"/>
        <source>Computing the loss on a {0} × {0} grid over {1} digits…</source>
        <translation>숫자 {1}개로 {0} × {0} 격자 위의 손실을 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="295"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="302"/>
        <source>Loss at snapshot {0} of {1}</source>
        <translation>스냅숏 {1}개 중 {0}번째의 손실</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="304"/>
        <source>Row {0} of {1}</source>
        <translation>{1}행 중 {0}행</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="310"/>
        <source>Row {0} of {1}, about {2:.0f} s left</source>
        <translation>{1}행 중 {0}행, 약 {2:.0f}초 남음</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="402"/>
        <source>: α = {0:.3g}, β = {1:.3g}, loss at its projection on the plane {2:.4g}</source>
        <translation>: α = {0:.3g}, β = {1:.3g}, 평면에 투영한 점의 손실 {2:.4g}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="405"/>
        <source>; the network&apos;s own loss at this snapshot {0:.4g}</source>
        <translation>; 이 스냅숏에서 신경망의 실제 손실 {0:.4g}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="464"/>
        <source>Learning rate set to {0} for {1}, chosen for this slice (SGD: 0.5 ÷ the loss&apos;s largest curvature at the start, so a flat loss gets up to 1000; Adam, RMSprop, AdaGrad: the reach ÷ 20; Momentum, Nesterov: a tenth of SGD&apos;s). Type another rate to change it.</source>
        <translation>{1}의 학습률을 이 단면에 맞게 {0}(으)로 정했습니다 (SGD: 0.5 ÷ 시작점에서 손실의 가장 큰 곡률이라 평평한 손실이면 1000까지 커집니다; Adam, RMSprop, AdaGrad: 범위 ÷ 20; 모멘텀, 네스테로프: SGD의 10분의 1). 다른 학습률을 입력해 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>it does not fit in memory: choose fewer grid points or digits</source>
        <translation type="vanished">메모리가 모자랍니다. 격자 점이나 숫자 수를 줄이세요</translation>
    </message>
    <message>
        <source>the training path does not spread in two directions (the weights hardly moved)</source>
        <translation type="vanished">학습 경로가 두 방향으로 퍼지지 않습니다 (가중치가 거의 움직이지 않았습니다)</translation>
    </message>
    <message>
        <source>the training path has only {0} weight snapshots; the PCA plane needs 4</source>
        <translation type="vanished">학습 경로에 가중치 스냅숏이 {0}개뿐입니다. PCA 평면에는 4개가 필요합니다</translation>
    </message>
    <message>
        <source>there are no weight snapshots: train the network first</source>
        <translation type="vanished">가중치 스냅숏이 없습니다. 먼저 신경망을 학습시키세요</translation>
    </message>
    <message>
        <source>Could not compute the slice: {0}</source>
        <translation type="vanished">단면을 계산하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="330"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="331"/>
        <source>Cancelled; the picture shown is the previous one.</source>
        <translation>취소했습니다. 보이는 그림은 이전 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="333"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>u = weight A: pixel {0} → unit {1}</source>
        <translation type="vanished">u = 가중치 A: 픽셀 {0} → 뉴런 {1}</translation>
    </message>
    <message>
        <source>v = weight B: pixel {0} → unit {1}</source>
        <translation type="vanished">v = 가중치 B: 픽셀 {0} → 뉴런 {1}</translation>
    </message>
    <message>
        <source>α along direction 1 ({0:.1f} % of the path&apos;s variance)</source>
        <translation type="vanished">방향 1을 따라 α (경로 분산의 {0:.1f} %)</translation>
    </message>
    <message>
        <source>β along direction 2 ({0:.1f} %)</source>
        <translation type="vanished">방향 2를 따라 β ({0:.1f} %)</translation>
    </message>
    <message>
        <source>α along random direction 1</source>
        <translation type="vanished">무작위 방향 1을 따라 α</translation>
    </message>
    <message>
        <source>β along random direction 2</source>
        <translation type="vanished">무작위 방향 2를 따라 β</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="368"/>
        <source>Computed in {0:.1f} s: {1} × {1} points, {2} digits.</source>
        <translation>{0:.1f}초 만에 계산: {1} × {1}개 점, 숫자 {2}개.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The real loss landscape.&lt;/b&gt; Train a network on the Training tab, then press Compute: the loss of that network on a slice through its weights appears here.</source>
        <translation type="vanished">&lt;b&gt;진짜 손실 지형.&lt;/b&gt; 학습 탭에서 신경망을 학습시킨 뒤 계산을 누르세요. 그 신경망의 가중치를 지나는 단면 위의 손실이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The real loss landscape.&lt;/b&gt; Press Compute: the loss of the network on a slice through its weights appears here. Train a network on the Training tab to see the path its training took.</source>
        <translation type="vanished">&lt;b&gt;진짜 손실 지형.&lt;/b&gt; 계산을 누르세요. 신경망의 가중치를 지나는 단면 위의 손실이 여기에 나타납니다. 학습 탭에서 신경망을 학습시키면 학습이 지나간 경로도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Loss from {0:.3g} (dark blue) to {1:.3g} (pale yellow); ★ = the trained weights, loss {2:.4g} on {3} training digits.</source>
        <translation type="vanished">손실 {0:.3g}(진한 파랑)부터 {1:.3g}(옅은 노랑)까지. ★ = 학습된 가중치, 훈련 숫자 {3}개에서 손실 {2:.4g}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The plane of the training path.&lt;/b&gt; The weights θ = θ* + α·d₁ + β·d₂, where θ* are the trained weights and d₁, d₂ the two directions in which the weights moved most. They explain {0:.1f} % + {1:.1f} % = {2:.1f} % of the path&apos;s variance.</source>
        <translation type="vanished">&lt;b&gt;학습 경로의 평면.&lt;/b&gt; 가중치 θ = θ* + α·d₁ + β·d₂. θ*는 학습된 가중치이고 d₁, d₂는 가중치가 가장 많이 움직인 두 방향입니다. 두 방향이 경로 분산의 {0:.1f} % + {1:.1f} % = {2:.1f} %를 설명합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A random plane.&lt;/b&gt; θ = θ* + α·d₁ + β·d₂ with two random directions, each unit&apos;s part scaled to the length of that unit&apos;s weights (filter normalisation). Random directions are almost at right angles to the path, so the path&apos;s shadow on this plane is short.</source>
        <translation type="vanished">&lt;b&gt;무작위 평면.&lt;/b&gt; θ = θ* + α·d₁ + β·d₂, 두 무작위 방향은 뉴런마다 그 뉴런의 가중치 길이에 맞춰 조정합니다(필터 정규화). 무작위 방향은 경로와 거의 직각이라 이 평면에 비친 경로의 그림자는 짧습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two real weights.&lt;/b&gt; The loss over weights A and B of the first layer; all {0:,} other weights stay as trained. Run an optimizer on it from the trained point.</source>
        <translation type="vanished">&lt;b&gt;진짜 가중치 두 개.&lt;/b&gt; 첫 번째 층의 가중치 A와 B에 대한 손실입니다. 나머지 가중치 {0:,}개는 학습된 그대로입니다. 학습된 점에서 옵티마이저를 돌려 보세요.</translation>
    </message>
    <message>
        <source>The pixel of weight {0} is blank in every digit used: that weight cannot change the loss.</source>
        <translation type="vanished">가중치 {0}의 픽셀은 사용한 모든 숫자에서 비어 있습니다. 이 가중치는 손실을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="386"/>
        <source>No path on this slice.</source>
        <translation>이 단면에는 경로가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="396"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="396"/>
        <source>snapshot</source>
        <translation>스냅숏</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="399"/>
        <source>Snapshot {0} of {1}, iteration {2}</source>
        <translation>스냅숏 {1}개 중 {0}번째, 반복 {2}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="401"/>
        <source>Snapshot {0} of {1}</source>
        <translation>스냅숏 {1}개 중 {0}번째</translation>
    </message>
    <message>
        <source>: α = {0:.3g}, β = {1:.3g}, loss on the plane {2:.4g}</source>
        <translation type="vanished">: α = {0:.3g}, β = {1:.3g}, 평면 위의 손실 {2:.4g}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_panel.py" line="437"/>
        <location filename="../../gui/landscape/landscape_panel.py" line="491"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>moving</source>
        <translation type="vanished">움직이는 중</translation>
    </message>
    <message>
        <source>at a minimum</source>
        <translation type="vanished">최솟값에 도달</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation type="vanished">멈춤</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="vanished">발산</translation>
    </message>
    <message>
        <source>Step {0}: u = {1:+.4f}, v = {2:+.4f}, loss {3:.5g} (trained: {4:.5g}) — {5}</source>
        <translation type="vanished">{0}걸음: u = {1:+.4f}, v = {2:+.4f}, 손실 {3:.5g} (학습된 값: {4:.5g}) — {5}</translation>
    </message>
    <message>
        <source>(outside the picture: compute with a larger reach to see where)</source>
        <translation type="vanished">(그림 밖에 있음: 더 넓은 범위로 계산하면 위치가 보입니다)</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="44"/>
        <source>The loss on the slice: dark blue is low, pale yellow high; ★ marks the trained weights</source>
        <extracomment>the picture is drawn from a grid refined to about this many points a side (bilinear) the loss strip never shows less than this fraction of the loss (a curve moving by 0.0002 of 0.118 would otherwise fill the strip and look like a learning curve)</extracomment>
        <translation>단면 위의 손실: 진한 파랑은 낮고 옅은 노랑은 높습니다. ★는 학습된 가중치입니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="64"/>
        <location filename="../../gui/landscape/landscape_view.py" line="247"/>
        <location filename="../../gui/landscape/landscape_view.py" line="264"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="65"/>
        <location filename="../../gui/landscape/landscape_view.py" line="176"/>
        <source>step</source>
        <translation>걸음</translation>
    </message>
    <message>
        <source>The loss on the slice along the path or the descent</source>
        <translation type="vanished">경로나 경사 하강을 따라간 단면 위의 손실</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="79"/>
        <source>The loss on the slice along the path or the descent. Along a training path, the solid line is the loss at each snapshot&apos;s projection onto the plane (the point drawn on the picture), the dashed line the loss the network really had at that snapshot</source>
        <translation>경로나 하강을 따라 본 단면의 손실. 학습 경로에서 실선은 각 스냅숏을 평면에 투영한 점(그림에 그린 점)의 손실이고, 점선은 그 스냅숏에서 신경망이 실제로 가졌던 손실입니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="100"/>
        <source>u = weight A: pixel {0} → unit {1}</source>
        <translation>u = 가중치 A: 픽셀 {0} → 뉴런 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="101"/>
        <source>v = weight B: pixel {0} → unit {1}</source>
        <translation>v = 가중치 B: 픽셀 {0} → 뉴런 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="104"/>
        <source>α along direction 1 ({0:.1f} % of the path&apos;s variance)</source>
        <translation>방향 1을 따라 α (경로 분산의 {0:.1f} %)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="105"/>
        <source>β along direction 2 ({0:.1f} %)</source>
        <translation>방향 2를 따라 β ({0:.1f} %)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="106"/>
        <source>α along random direction 1</source>
        <translation>무작위 방향 1을 따라 α</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="106"/>
        <source>β along random direction 2</source>
        <translation>무작위 방향 2를 따라 β</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="110"/>
        <source>Loss from {0:.3g} (dark blue) to {1:.3g} (pale yellow); ★ = the trained weights, loss {2:.4g} on {3} training digits.</source>
        <translation>손실 {0:.3g}(진한 파랑)부터 {1:.3g}(옅은 노랑)까지. ★ = 학습된 가중치, 훈련 숫자 {3}개에서 손실 {2:.4g}.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="115"/>
        <source>&lt;b&gt;The plane of the training path.&lt;/b&gt; The weights θ = θ* + α·d₁ + β·d₂, where θ* are the trained weights and d₁, d₂ the two directions in which the weights moved most. They explain {0:.1f} % + {1:.1f} % = {2:.1f} % of the path&apos;s variance.</source>
        <translation>&lt;b&gt;학습 경로의 평면.&lt;/b&gt; 가중치 θ = θ* + α·d₁ + β·d₂. θ*는 학습된 가중치이고 d₁, d₂는 가중치가 가장 많이 움직인 두 방향입니다. 두 방향이 경로 분산의 {0:.1f} % + {1:.1f} % = {2:.1f} %를 설명합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="120"/>
        <source>&lt;b&gt;A random plane.&lt;/b&gt; θ = θ* + α·d₁ + β·d₂ with two random directions, each unit&apos;s part scaled to the length of that unit&apos;s weights (filter normalisation). Random directions are almost at right angles to the path, so the path&apos;s shadow on this plane is short.</source>
        <translation>&lt;b&gt;무작위 평면.&lt;/b&gt; θ = θ* + α·d₁ + β·d₂, 두 무작위 방향은 뉴런마다 그 뉴런의 가중치 길이에 맞춰 조정합니다(필터 정규화). 무작위 방향은 경로와 거의 직각이라 이 평면에 비친 경로의 그림자는 짧습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="127"/>
        <source>&lt;b&gt;Two real weights.&lt;/b&gt; The loss over weights A and B of the first layer; all {0:,} other weights stay as trained. Run an optimizer on it from the trained point.</source>
        <translation>&lt;b&gt;진짜 가중치 두 개.&lt;/b&gt; 첫 번째 층의 가중치 A와 B에 대한 손실입니다. 나머지 가중치 {0:,}개는 학습된 그대로입니다. 학습된 점에서 옵티마이저를 돌려 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="132"/>
        <source>The pixel of weight {0} is blank in every digit used: that weight cannot change the loss.</source>
        <translation>가중치 {0}의 픽셀은 사용한 모든 숫자에서 비어 있습니다. 이 가중치는 손실을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="140"/>
        <source>&lt;b&gt;The real loss landscape.&lt;/b&gt; Train a network on the Training tab, then press Compute: the loss of that network on a slice through its weights appears here.</source>
        <translation>&lt;b&gt;실제 손실 지형.&lt;/b&gt; 학습 탭에서 신경망을 학습시킨 뒤 계산을 누르세요. 그 신경망의 가중치를 지나는 단면 위의 손실이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="144"/>
        <source>&lt;b&gt;The real loss landscape.&lt;/b&gt; Press Compute: the loss of the network on a slice through its weights appears here. Train a network on the Training tab to see the path its training took.</source>
        <translation>&lt;b&gt;실제 손실 지형.&lt;/b&gt; 계산을 누르세요. 신경망의 가중치를 지나는 단면 위의 손실이 여기에 나타납니다. 학습 탭에서 신경망을 학습시키면 학습이 지나간 경로도 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="152"/>
        <source>the plane of the training path</source>
        <translation>학습 경로의 평면</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="152"/>
        <source>a random plane</source>
        <translation>무작위 평면</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="153"/>
        <source>two real weights</source>
        <translation>실제 가중치 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="156"/>
        <source>&lt;b&gt;Not computed yet:&lt;/b&gt; press Compute to see the loss on {0}.</source>
        <translation>&lt;b&gt;아직 계산하지 않았습니다:&lt;/b&gt; 계산을 누르면 {0}의 손실이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="158"/>
        <source>Train a network on the Training tab first.</source>
        <translation>먼저 학습 탭에서 신경망을 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="177"/>
        <source>moving</source>
        <translation>움직이는 중</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="177"/>
        <source>at a minimum</source>
        <translation>최솟점에 도달</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="178"/>
        <source>stalled</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="178"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="179"/>
        <source>Step {0}: u = {1:+.4f}, v = {2:+.4f}, loss {3:.5g} (trained: {4:.5g}) — {5}</source>
        <translation>걸음 수 {0}: u = {1:+.4f}, v = {2:+.4f}, 손실 {3:.5g} (학습된 값: {4:.5g}) — {5}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="183"/>
        <source>(outside the picture: compute with a larger reach to see where)</source>
        <translation>(그림 밖에 있음: 더 넓은 범위로 계산하면 위치가 보입니다)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="190"/>
        <source>it does not fit in memory: choose fewer grid points or digits</source>
        <translation>메모리가 모자랍니다. 격자 점이나 숫자 수를 줄이세요</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="192"/>
        <source>the training path does not spread in two directions (the weights hardly moved)</source>
        <translation>학습 경로가 두 방향으로 퍼지지 않습니다 (가중치가 거의 움직이지 않았습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="194"/>
        <source>the training path has only {0} weight snapshots; the PCA plane needs 4</source>
        <translation>학습 경로에 가중치 스냅숏이 {0}개뿐입니다. PCA 평면에는 4개가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="196"/>
        <source>there are no weight snapshots: train the network first</source>
        <translation>가중치 스냅숏이 없습니다. 먼저 신경망을 학습시키세요</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="199"/>
        <source>Could not compute the slice: {0}</source>
        <translation>단면을 계산하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="228"/>
        <source>on the plane (projection)</source>
        <translation>평면 위 (투영)</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="229"/>
        <source>at the snapshot itself</source>
        <translation>스냅숏 자체</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/landscape_view.py" line="261"/>
        <source>nearly flat: {0:.5g} to {1:.5g}</source>
        <translation>거의 평평함: {0:.5g} ~ {1:.5g}</translation>
    </message>
</context>
<context>
    <name>LearningWarning</name>
    <message>
        <location filename="../../gui/training/learning_warning.py" line="16"/>
        <source>Not learning: every unit of a hidden layer outputs 0 on every image (the ReLUs are dead), so no gradient reaches the layers below. The learning rate was probably too large: lower it and reset the weights.</source>
        <translation>학습하지 않고 있습니다: 은닉층의 모든 뉴런이 모든 이미지에서 0을 출력합니다 (ReLU가 죽었습니다). 그래서 아래 층으로 기울기가 전혀 전달되지 않습니다. 학습률이 너무 컸을 가능성이 큽니다. 학습률을 낮추고 가중치를 초기화하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/learning_warning.py" line="20"/>
        <source>Not learning: the loss stayed at the chance level ln {0} = {1:.3f} (the network gives every class the same probability). Try another learning rate (usually smaller) and reset the weights.</source>
        <translation>학습하지 않고 있습니다: 손실이 찍기 수준인 ln {0} = {1:.3f}에 머물렀습니다 (신경망이 모든 클래스에 같은 확률을 줍니다). 다른 학습률(대개 더 작은 값)로 바꾸고 가중치를 초기화하세요.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="22"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="23"/>
        <source>log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="25"/>
        <source>Logarithmic loss axis: small late improvements become visible</source>
        <translation>손실 축을 로그 눈금으로: 후반의 작은 개선도 보입니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="27"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="27"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="28"/>
        <source>Faint: the loss of each mini-batch. Line: its moving average. Dots: loss on the whole training and test sets after each epoch.</source>
        <translation>흐린 선: 미니배치마다의 손실. 진한 선: 그 이동 평균. 점: 에폭마다 훈련 데이터와 시험 데이터 전체에서의 손실.</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="30"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="31"/>
        <source>moving average</source>
        <translation>이동 평균</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="33"/>
        <source>train (epoch)</source>
        <translation>훈련 (에폭)</translation>
    </message>
    <message>
        <location filename="../../gui/training/loss_plot.py" line="34"/>
        <source>test (epoch)</source>
        <translation>시험 (에폭)</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="70"/>
        <source>Drag to read the losses at another point</source>
        <translation>끌어서 다른 곳의 손실 값을 읽습니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="76"/>
        <source>target t</source>
        <translation>정답 t</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="88"/>
        <source>Losses</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="101"/>
        <source>The correct answer t (a label of 1 or 0, or anything between)</source>
        <translation>정답 t (레이블 1 또는 0, 또는 그 사이의 값)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="106"/>
        <source>Target t</source>
        <translation>정답 t</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="109"/>
        <source>Where to read the losses and gradients (also: drag the dashed line)</source>
        <translation>손실과 기울기를 읽을 위치 (점선을 끌어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="115"/>
        <source>Through a sigmoid: y = σ(z), plot against z</source>
        <translation>시그모이드를 거쳐서: y = σ(z), z에 대해 그리기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="118"/>
        <source>Show what an output neuron with a sigmoid sees: the gradient with respect to its input z</source>
        <translation>시그모이드 출력 뉴런이 보는 것: 입력 z에 대한 기울기를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="125"/>
        <source>Each loss and its gradient at the dashed line</source>
        <translation>점선 위치에서 각 손실과 그 기울기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="129"/>
        <source>A loss says how wrong a prediction y is for the target t; gradient descent follows its gradient downhill.&lt;br&gt;MSE: (y − t)², gradient 2(y − t): shrinks near the target. MAE: |y − t|, gradient ±1 however close. Huber: like MSE near the target, like MAE far away. Cross-entropy: −t log y (y a probability in (0, 1)), gradient −t/y: huge when the right answer gets a probability near 0.&lt;br&gt;Tick &lt;i&gt;through a sigmoid&lt;/i&gt; and read out at z = −6 with t = 1: the sigmoid is saturated and wrong, yet MSE&apos;s gradient is almost 0 (it is multiplied by σ′(z) = y(1 − y)), while cross-entropy&apos;s is y − t ≈ −1: it keeps learning.</source>
        <translation>손실은 예측 y가 정답 t에 비해 얼마나 틀렸는지 말해 줍니다. 경사 하강법은 그 기울기를 따라 내려갑니다.&lt;br&gt;평균 제곱 오차(MSE): (y − t)², 기울기 2(y − t): 정답에 가까워지면 작아집니다. 평균 절대 오차(MAE): |y − t|, 기울기는 아무리 가까워도 ±1. Huber: 정답 가까이에서는 MSE처럼, 멀리서는 MAE처럼. 교차 엔트로피 오차: −t log y (y는 (0, 1) 사이의 확률), 기울기 −t/y: 정답의 확률이 0에 가까우면 아주 커집니다.&lt;br&gt;&lt;i&gt;시그모이드를 거쳐서&lt;/i&gt;를 체크하고 t = 1, z = −6에서 읽어 보세요. 시그모이드는 포화되어 틀린 답을 내는데도 MSE의 기울기는 거의 0입니다(σ′(z) = y(1 − y)가 곱해지기 때문). 교차 엔트로피 오차의 기울기는 y − t ≈ −1이라 학습이 계속됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="155"/>
        <source>Read out at z</source>
        <translation>읽을 위치 z</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="156"/>
        <source>logit z (prediction y = σ(z))</source>
        <translation>로짓 z (예측 y = σ(z))</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="156"/>
        <source>gradient dL/dz</source>
        <translation>기울기 dL/dz</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="164"/>
        <source>Read out at y</source>
        <translation>읽을 위치 y</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="50"/>
        <location filename="../../gui/concepts/loss_view.py" line="51"/>
        <location filename="../../gui/concepts/loss_view.py" line="165"/>
        <source>prediction y</source>
        <translation>예측 y</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="51"/>
        <location filename="../../gui/concepts/loss_view.py" line="165"/>
        <source>gradient dL/dy</source>
        <translation>기울기 dL/dy</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="170"/>
        <source>Loss L</source>
        <translation>손실 L</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="50"/>
        <location filename="../../gui/concepts/loss_view.py" line="172"/>
        <source>loss L</source>
        <extracomment>predictions y for MSE, MAE and Huber: any number (wide enough to see Huber turn linear) the losses with a log need a probability strictly inside (0, 1) the numbers in the read-out: key -&gt; (loss, gradient) at the probe</extracomment>
        <translation>손실 L</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="173"/>
        <source>Its gradient (what gradient descent follows)</source>
        <translation>그 기울기 (경사 하강법이 따라가는 것)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="228"/>
        <source>the book: E = ½(y − t)²</source>
        <translation>책의 식: E = ½(y − t)²</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="238"/>
        <source>at z = {0} (y = {1})</source>
        <translation>z = {0} (y = {1})에서</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="240"/>
        <source>at y = {0}</source>
        <translation>y = {0}에서</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="241"/>
        <source>dL/dz</source>
        <translation>dL/dz</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/loss_view.py" line="241"/>
        <source>dL/dy</source>
        <translation>dL/dy</translation>
    </message>
</context>
<context>
    <name>LrInput</name>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="159"/>
        <source>Learning rate on a log scale, from {0:g} to {1:g}</source>
        <translation>로그 눈금의 학습률, {0:g}부터 {1:g}까지</translation>
    </message>
</context>
<context>
    <name>LrSweepPlot</name>
    <message>
        <location filename="../../gui/descent/lr_sweep_plot.py" line="39"/>
        <source>learning rate</source>
        <extracomment>how close (pixels) a click must be to a point to pick it</extracomment>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/descent/lr_sweep_plot.py" line="40"/>
        <source>loss after the run</source>
        <translation>실행 뒤의 손실</translation>
    </message>
    <message>
        <location filename="../../gui/descent/lr_sweep_plot.py" line="49"/>
        <source>diverged: no final loss</source>
        <translation>발산: 최종 손실 없음</translation>
    </message>
    <message>
        <location filename="../../gui/descent/lr_sweep_plot.py" line="52"/>
        <source>Press “Sweep 20 rates”: each rate runs
from the start; too small and too large
both end high</source>
        <translation>“학습률 20개 탐색”를 누르세요: 학습률마다
출발점에서 실행합니다. 너무 작아도, 너무 커도
손실이 높게 끝납니다</translation>
    </message>
    <message>
        <location filename="../../gui/descent/lr_sweep_plot.py" line="109"/>
        <source>rate {0}: diverged (the loss overflowed), so it has no final loss</source>
        <translation>학습률 {0}: 발산했습니다 (손실이 넘쳤습니다). 그래서 최종 손실이 없습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="52"/>
        <source>Gradient Lab</source>
        <extracomment>help topic of each tab, in tab order</extracomment>
        <translation>Gradient Lab</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Descent lab</source>
        <translation>경사 하강법 실험실</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="70"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="71"/>
        <source>Draw</source>
        <translation>손글씨</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Concepts</source>
        <translation>개념</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="73"/>
        <source>Landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="74"/>
        <source>Gradient descent on a loss surface: step, play, race optimizers</source>
        <translation>손실 곡면 위의 경사 하강법: 한 걸음씩, 자동 재생, 옵티마이저 경주</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>Train a neural network on MNIST and watch it learn</source>
        <translation>MNIST로 신경망을 학습시키며 배우는 과정을 지켜봅니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Draw a digit and see what the network answers</source>
        <translation>숫자를 그리면 신경망이 무엇이라고 답하는지 봅니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Activation functions, losses, softmax and metrics to play with</source>
        <translation>활성화 함수, 손실 함수, 소프트맥스, 평가 지표를 직접 움직여 봅니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="78"/>
        <source>The real loss of the trained network on a slice through its weights</source>
        <translation>학습된 신경망의 가중치를 지나는 단면 위의 진짜 손실</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="85"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="99"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>Close Gradient Lab (settings are saved)</source>
        <translation>Gradient Lab을 닫습니다 (설정은 저장됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="108"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="109"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="119"/>
        <source>Takes effect when Gradient Lab is restarted</source>
        <translation>Gradient Lab을 다시 시작하면 적용됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="125"/>
        <source>(restart to apply)</source>
        <translation>(다시 시작하면 적용)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>Help &amp;panel</source>
        <translation>도움말 패널(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>Show or hide the explanation of the current tab</source>
        <translation>현재 탭의 설명을 보이거나 숨깁니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키 목록(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>List every keyboard shortcut</source>
        <translation>모든 단축키를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141"/>
        <source>&amp;Reset to defaults...</source>
        <translation>기본값으로 되돌리기(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Put every setting, picker and the window back as they were at first start</source>
        <translation>모든 설정, 선택 항목, 창 크기를 처음 시작했을 때로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>&amp;About Gradient Lab</source>
        <translation>Gradient Lab 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>What Gradient Lab is, and where its data comes from</source>
        <translation>Gradient Lab이 무엇인지, 데이터가 어디에서 왔는지</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="211"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>&lt;b&gt;Gradient Lab&lt;/b&gt;&lt;p&gt;See how a neural network is trained: gradient descent on a loss surface, an MLP learning MNIST, your own handwriting, and the ideas behind them.&lt;/p&gt;&lt;p&gt;MNIST digits: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0).&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gradient Lab&lt;/b&gt;&lt;p&gt;신경망이 학습되는 과정을 눈으로 봅니다: 손실 곡면 위의 경사 하강법, MNIST를 배우는 다층 퍼셉트론(MLP), 직접 쓴 손글씨, 그리고 그 밑에 깔린 개념들.&lt;/p&gt;&lt;p&gt;MNIST 숫자: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>&lt;p&gt;Korean font: NanumSquare, NAVER Corporation (SIL Open Font License 1.1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;한글 글꼴: 나눔스퀘어, NAVER Corporation (SIL Open Font License 1.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>Language: {0}</source>
        <translation>언어: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>The language changes to {0} when Gradient Lab is restarted.</source>
        <translation>Gradient Lab을 다시 시작하면 언어가 {0}(으)로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="241"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="243"/>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>Reset to defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="294"/>
        <source>Put every setting back to its default? The pickers, numbers, window size and language choice are reset; trained models and your drawings are kept.</source>
        <translation>모든 설정을 기본값으로 되돌릴까요? 선택 항목, 숫자, 창 크기, 언어 선택이 초기화됩니다. 학습한 모델과 직접 그린 손글씨는 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="308"/>
        <source>Settings reset to defaults.</source>
        <translation>설정을 기본값으로 되돌렸습니다.</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="62"/>
        <source>Double-click a white cell to edit it; grey columns are computed</source>
        <extracomment>both presets predict the same classes (4 of 5 right); only their confidence differs</extracomment>
        <translation>흰 칸을 더블클릭하면 고칠 수 있습니다. 회색 열은 계산된 값입니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="63"/>
        <source>p(class {0})</source>
        <translation>p(클래스 {0})</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="64"/>
        <source>true label</source>
        <translation>정답 레이블</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="64"/>
        <source>predicted (argmax)</source>
        <translation>예측 (argmax)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="64"/>
        <source>correct?</source>
        <translation>정답?</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="65"/>
        <location filename="../../gui/concepts/metrics_view.py" line="71"/>
        <source>mean |p − t|</source>
        <translation>평균 |p − t|</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="74"/>
        <source>What MAE counts: each sample&apos;s mean |p − t|</source>
        <translation>평균 절대 오차(MAE)가 세는 것: 표본마다의 평균 |p − t|</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="71"/>
        <source>sample</source>
        <translation>표본</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="88"/>
        <source>correct (accuracy counts 1)</source>
        <translation>정답 (정확도에서 1로 셈)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="89"/>
        <source>wrong (counts 0)</source>
        <translation>오답 (0으로 셈)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="90"/>
        <source>MAE</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="97"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="100"/>
        <source>Confident</source>
        <translation>확신</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="101"/>
        <source>Sure of every answer: 4 of 5 right</source>
        <translation>모든 답을 확신: 5개 중 4개 정답</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="103"/>
        <source>Hesitant</source>
        <translation>망설임</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="104"/>
        <source>The same answers, barely preferred: 4 of 5 right</source>
        <translation>같은 답이지만 겨우 골랐음: 5개 중 4개 정답</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="110"/>
        <source>Add sample</source>
        <translation>표본 더하기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="111"/>
        <source>Add a row (up to {0})</source>
        <translation>행을 더합니다 (최대 {0}개)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="113"/>
        <source>Remove last</source>
        <translation>마지막 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="114"/>
        <source>Remove the last row</source>
        <translation>마지막 행을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="126"/>
        <source>Accuracy: the share of rows whose largest p (argmax) is the true class</source>
        <translation>정확도: 가장 큰 p(argmax)가 정답 클래스인 행의 비율</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="129"/>
        <source>Mean absolute error: the mean of |p − t| over every entry, t the one-hot targets</source>
        <translation>평균 절대 오차: 모든 항목에 대한 |p − t|의 평균, t는 원-핫 인코딩 정답</translation>
    </message>
    <message>
        <source>core.training.metrics.accuracy of the argmax predictions</source>
        <translation type="vanished">argmax 예측의 정확도 (core.training.metrics.accuracy)</translation>
    </message>
    <message>
        <source>core.training.metrics.mean_absolute_error of p against the one-hot targets</source>
        <translation type="vanished">원-핫 인코딩 정답 레이블에 대한 p의 평균 절대 오차 (core.training.metrics.mean_absolute_error)</translation>
    </message>
    <message>
        <source>core.metrics.accuracy of the argmax predictions</source>
        <translation type="vanished">argmax 예측의 정확도 (core.metrics.accuracy)</translation>
    </message>
    <message>
        <source>core.metrics.mean_absolute_error of p against the one-hot targets</source>
        <translation type="vanished">원-핫 정답 레이블에 대한 p의 평균 절대 오차 (core.metrics.mean_absolute_error)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="136"/>
        <source>&lt;b&gt;Accuracy&lt;/b&gt; = (number of samples whose largest p is the true label) / N: it only asks &lt;i&gt;which&lt;/i&gt; class won.&lt;br&gt;&lt;b&gt;MAE&lt;/b&gt; = mean |p − t| over every sample and class, t the one-hot target: it asks &lt;i&gt;how sure&lt;/i&gt; the right answer was.&lt;br&gt;Press &lt;i&gt;Confident&lt;/i&gt;, then &lt;i&gt;Hesitant&lt;/i&gt;: the same 4 of 5 are right, so accuracy stays 0.8, but MAE grows. Edit a p until the argmax changes and watch accuracy jump.</source>
        <translation>&lt;b&gt;정확도&lt;/b&gt; = (가장 큰 p가 정답 레이블인 표본의 수) / N: &lt;i&gt;어느&lt;/i&gt; 클래스가 이겼는지만 묻습니다.&lt;br&gt;&lt;b&gt;평균 절대 오차(MAE)&lt;/b&gt; = 모든 표본과 클래스에 대한 평균 |p − t| (t는 원-핫 인코딩 정답 레이블): 정답을 &lt;i&gt;얼마나 확신&lt;/i&gt;했는지 묻습니다.&lt;br&gt;&lt;i&gt;확신&lt;/i&gt;을 누른 뒤 &lt;i&gt;망설임&lt;/i&gt;을 눌러 보세요: 5개 중 4개가 맞는 것은 같으므로 정확도는 0.8 그대로지만 MAE는 커집니다. argmax가 바뀔 때까지 p를 고쳐 보면 정확도가 뛰는 것이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="204"/>
        <source>Row {0}, p(class {1}): “{2}” is not a number from 0 to 1; kept {3}.</source>
        <translation>{0}행, p(클래스 {1}): “{2}”은(는) 0부터 1 사이의 숫자가 아닙니다. {3}을(를) 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="211"/>
        <source>Row {0}, true label: “{1}” is not 0, 1 or 2; kept {2}.</source>
        <translation>{0}행, 정답 레이블: “{1}”은(는) 0, 1, 2가 아닙니다. {2}을(를) 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="248"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="248"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="259"/>
        <source>Accuracy = {0} / {1} = {2}</source>
        <translation>정확도 = {0} / {1} = {2}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="260"/>
        <source>MAE = {0}</source>
        <translation>평균 절대 오차 = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="270"/>
        <source>Row {0} does not sum to 1: real softmax outputs always do (the metrics count it as typed).</source>
        <translation>{0}행의 합이 1이 아닙니다. 실제 소프트맥스 출력은 언제나 합이 1입니다 (지표는 입력한 그대로 셉니다).</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/metrics_view.py" line="272"/>
        <source>Rows {0} do not sum to 1: real softmax outputs always do (the metrics count them as typed).</source>
        <translation>{0}행은 합이 1이 아닙니다. 실제 소프트맥스 출력은 항상 합이 1입니다 (지표는 입력한 그대로 셉니다).</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="31"/>
        <source>batch {0}</source>
        <translation>배치 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="33"/>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="41"/>
        <source>bundled model {0}</source>
        <translation>내장 모델 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="44"/>
        <source>run {0}: {1}</source>
        <translation>실행 {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="46"/>
        <source>file {0}</source>
        <translation>파일 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_text.py" line="48"/>
        <source>untrained {0}, fresh weights</source>
        <translation>학습 전 {0}, 새 가중치</translation>
    </message>
</context>
<context>
    <name>NeuronDataView</name>
    <message>
        <location filename="../../gui/descent/neuron_data_view.py" line="77"/>
        <source>input x</source>
        <extracomment>how close (pixels) a click must be to a point to hit it</extracomment>
        <translation>입력 x</translation>
    </message>
    <message>
        <location filename="../../gui/descent/neuron_data_view.py" line="78"/>
        <source>target t, output y</source>
        <translation>정답 t, 출력 y</translation>
    </message>
</context>
<context>
    <name>OutlierFitView</name>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="66"/>
        <source>Drag a point: each line is refitted by gradient descent</source>
        <translation>점을 끌어 보세요: 각 직선을 경사 하강법으로 다시 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="63"/>
        <source>x (input)</source>
        <translation>x (입력)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="63"/>
        <source>y (target)</source>
        <extracomment>points near y = 0.5 x + 1 (fixed, so every class sees the same picture) the point the &quot;pull one point away&quot; button moves, and where to (w, b) of each loss&apos;s line fitted to the start points; the same for every view, so fitted once</extracomment>
        <translation>y (정답)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="93"/>
        <source>Lines</source>
        <translation>직선</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="96"/>
        <source>{0} line</source>
        <translation>{0} 직선</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="104"/>
        <source>Pull one point away</source>
        <translation>점 하나 멀리 끌기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="105"/>
        <source>Move the point at x = {0} down to y = {1}</source>
        <translation>x = {0}의 점을 y = {1}까지 내립니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="108"/>
        <source>Reset points</source>
        <translation>점 되돌리기</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="109"/>
        <source>Put every point back near the line y = 0.5x + 1</source>
        <translation>모든 점을 직선 y = 0.5x + 1 근처로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="119"/>
        <source>Each fitted line, and how far it moved from its dashed line</source>
        <translation>맞춘 직선 각각과, 점선에서 얼마나 움직였는지</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="123"/>
        <source>Each line y = wx + b is fitted by gradient descent on its own loss: &lt;b&gt;MSE&lt;/b&gt; = mean((y − t)²), &lt;b&gt;MAE&lt;/b&gt; = mean(|y − t|).&lt;br&gt;Drag one point far away (or press &lt;i&gt;Pull one point away&lt;/i&gt;). MSE squares the big error, so one outlier pulls its line a long way; MAE counts the error only once, and its line barely moves. The dashed lines show where each line was before.</source>
        <translation>직선 y = wx + b는 각자의 손실로 경사 하강법을 써서 맞춥니다: &lt;b&gt;평균 제곱 오차(MSE)&lt;/b&gt; = mean((y − t)²), &lt;b&gt;평균 절대 오차(MAE)&lt;/b&gt; = mean(|y − t|).&lt;br&gt;점 하나를 멀리 끌어 보세요(또는 &lt;i&gt;점 하나 멀리 끌기&lt;/i&gt;를 누르세요). MSE는 큰 오차를 제곱하므로 이상치 하나가 직선을 멀리 끌고 갑니다. MAE는 오차를 한 번만 세므로 직선이 거의 움직이지 않습니다. 점선은 각 직선이 원래 있던 곳입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="205"/>
        <source>points (drag me)</source>
        <translation>점 (끌어 보세요)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="210"/>
        <source>before (fit to the start points)</source>
        <translation>이전 (처음 점들에 맞춘 직선)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="226"/>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; &lt;b&gt;{1}&lt;/b&gt;: {2}&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;moved {3} from its dashed line; loss {4}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; &lt;b&gt;{1}&lt;/b&gt;: {2}&lt;br&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;점선에서 {3} 움직임, 손실 {4}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/outlier_fit_view.py" line="231"/>
        <source> = mean (y − t)²; the book&apos;s mean ½(y − t)² = {0}</source>
        <translation> = (y − t)²의 평균; 책의 ½(y − t)²의 평균 = {0}</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="18"/>
        <source>Plot Options</source>
        <translation>그래프 옵션</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="19"/>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="20"/>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="21"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="22"/>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="23"/>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="24"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
</context>
<context>
    <name>PredictionGrid</name>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="179"/>
        <location filename="../../gui/training/prediction_grid.py" line="271"/>
        <source>Predictions on test digits</source>
        <translation>시험 숫자에 대한 예측</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="180"/>
        <source>Mistakes only</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="182"/>
        <source>Show only the digits the network gets wrong, most confident mistakes first</source>
        <translation>신경망이 틀린 숫자만 보여 줍니다. 가장 확신하며 틀린 것부터</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="185"/>
        <source>Back to live</source>
        <translation>실시간으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="186"/>
        <source>Show the live predictions again</source>
        <translation>실시간 예측을 다시 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="190"/>
        <source>Under each digit: the predicted label and its probability. Green: right; red: wrong, with the true label in the digit&apos;s top-right corner (green). Hover a digit for both.</source>
        <translation>숫자 아래: 예측한 레이블과 그 확률. 초록: 맞음; 빨강: 틀림, 이때 정답 레이블이 숫자의 오른쪽 위 모서리에 (초록으로) 있습니다. 숫자 위에 마우스를 올리면 둘 다 보입니다.</translation>
    </message>
    <message>
        <source>Green: right, red: wrong. Hover a digit for its true label.</source>
        <translation type="vanished">초록: 맞음, 빨강: 틀림. 숫자 위에 마우스를 올리면 정답 레이블이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="193"/>
        <location filename="../../gui/training/prediction_grid.py" line="275"/>
        <location filename="../../gui/training/prediction_grid.py" line="281"/>
        <source>No digits to show yet.</source>
        <translation>아직 보여 줄 숫자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="264"/>
        <source>No test digits in this cell.</source>
        <translation>이 칸에는 시험 숫자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="280"/>
        <source>No mistakes among these digits.</source>
        <translation>이 숫자들 중에는 틀린 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="30"/>
        <source>The network&apos;s probability for each digit (softmax output); the ten bars add up to 100 %. The longest bar is the answer.</source>
        <translation>숫자마다 신경망이 매긴 확률 (소프트맥스 출력). 막대 10개를 더하면 100 %이고, 가장 긴 막대가 답입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="59"/>
        <source>digit</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="82"/>
        <source>probability</source>
        <translation>확률</translation>
    </message>
</context>
<context>
    <name>RaceLegend</name>
    <message>
        <location filename="../../gui/descent/race_legend.py" line="22"/>
        <source>Loss of this run at its current point</source>
        <translation>이 실행의 현재 위치에서의 손실</translation>
    </message>
    <message>
        <location filename="../../gui/descent/race_legend.py" line="23"/>
        <source>Whether this run is still moving</source>
        <translation>이 실행이 아직 움직이는지</translation>
    </message>
    <message>
        <location filename="../../gui/descent/race_legend.py" line="28"/>
        <source>The racing optimizers: each ball and trail has its run&apos;s colour</source>
        <translation>경주하는 옵티마이저: 공과 자취마다 그 실행의 색이 있습니다</translation>
    </message>
</context>
<context>
    <name>RateSpinBox</name>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="100"/>
        <source>“{0}” is not a number.</source>
        <extracomment>use -&gt; (smallest, largest) rate accepted (see the module docstring for why each) slider ticks per factor of 10 of the rate</extracomment>
        <translation>“{0}”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="102"/>
        <source>NaN is not a learning rate.</source>
        <translation>NaN은 학습률이 될 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="104"/>
        <source>The learning rate must be greater than 0.</source>
        <translation>학습률은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="106"/>
        <source>A learning rate above {0} is refused.</source>
        <translation>{0}보다 큰 학습률은 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="108"/>
        <source>A learning rate below {0} is refused.</source>
        <translation>{0}보다 작은 학습률은 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/lr_input.py" line="117"/>
        <source>{0} Kept {1}.</source>
        <translation>{0} {1}을(를) 유지합니다.</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="48"/>
        <source>Every run since the app started. Tick runs to overlay them.</source>
        <extracomment>curve key -&gt; (is per epoch, y scale factor)</extracomment>
        <translation>앱을 시작한 뒤의 모든 실행. 체크한 실행을 겹쳐 그립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="54"/>
        <source>Use this model</source>
        <translation>이 모델 사용</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="55"/>
        <source>Make the selected run&apos;s best weights (by test accuracy at an epoch&apos;s end) the model in use, for Draw and Landscape too</source>
        <translation>선택한 실행의 가장 좋은 가중치(에폭 끝의 시험 정확도 기준)를 사용 중인 모델로 삼습니다. 손글씨와 손실 지형 탭도 이 모델을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="62"/>
        <source>Which curve to compare across the ticked runs</source>
        <translation>체크한 실행끼리 비교할 곡선</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="64"/>
        <source>Loss (moving average)</source>
        <translation>손실 (이동 평균)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="65"/>
        <source>Loss (every batch)</source>
        <translation>손실 (배치마다)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="66"/>
        <source>Test accuracy (%)</source>
        <translation>시험 정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="67"/>
        <source>Train accuracy (%)</source>
        <translation>훈련 정확도 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="68"/>
        <source>Test loss (per epoch)</source>
        <translation>시험 손실 (에폭마다)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="69"/>
        <source>Train loss (per epoch)</source>
        <translation>훈련 손실 (에폭마다)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="70"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="71"/>
        <source>First-layer gradient size</source>
        <translation>첫 번째 층의 기울기 크기</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="76"/>
        <source>log y</source>
        <translation>로그 y</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="78"/>
        <source>Logarithmic y axis</source>
        <translation>y축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="80"/>
        <source>Export CSV...</source>
        <translation>CSV로 내보내기...</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="81"/>
        <source>Save the ticked runs&apos; settings and curves as a CSV table (all runs when none is ticked)</source>
        <translation>체크한 실행의 설정과 곡선을 CSV 표로 저장합니다 (체크한 것이 없으면 모든 실행)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="84"/>
        <source>Export PNG...</source>
        <translation>PNG로 내보내기...</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="85"/>
        <source>Save this plot as a PNG picture</source>
        <translation>이 그래프를 PNG 그림으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="88"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="88"/>
        <location filename="../../gui/training/run_history_view.py" line="202"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="90"/>
        <source>The ticked runs, one colour each</source>
        <translation>체크한 실행, 실행마다 다른 색</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="94"/>
        <source>Compare:</source>
        <translation>비교:</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="102"/>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="112"/>
        <source>Drag to resize</source>
        <translation>끌어서 크기를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="136"/>
        <source>{0} | in use</source>
        <translation>{0} | 사용 중</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="168"/>
        <source>Use run {0}&apos;s best weights: epoch {1}, {2:.1f} % test</source>
        <translation>실행 {0}의 가장 좋은 가중치 사용: 에폭 {1}, 시험 {2:.1f} %</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="171"/>
        <source>Run {0} kept no weights: no epoch of it ended</source>
        <translation>실행 {0}은 저장된 가중치가 없습니다: 끝난 에폭가 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="202"/>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="246"/>
        <source>Export runs as CSV</source>
        <translation>실행을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="247"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="252"/>
        <location filename="../../gui/training/run_history_view.py" line="259"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="253"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓰지 못했습니다: {1}</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="256"/>
        <source>Export plot as PNG</source>
        <translation>그래프를 PNG로 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="257"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/training/run_history_view.py" line="259"/>
        <source>Could not write {0}</source>
        <translation>{0}에 쓰지 못했습니다</translation>
    </message>
</context>
<context>
    <name>SceneController</name>
    <message>
        <location filename="../../gui/scene_controller.py" line="50"/>
        <source>&amp;Open scene...</source>
        <extracomment>the order in which tabs take a scene&apos;s state (Training first: it may change the data set)</extracomment>
        <translation>장면 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="52"/>
        <source>Open a scene file (*.glab.json): every tab set up as it was saved</source>
        <translation>장면 파일(*.glab.json)을 엽니다: 모든 탭이 저장할 때의 상태로 설정됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="54"/>
        <source>&amp;Save scene...</source>
        <translation>장면 저장(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="56"/>
        <source>Save every tab&apos;s settings, the ball, the racers and the drawing as a scene file to open later or hand out</source>
        <translation>모든 탭의 설정, 공의 위치, 경주 참가자, 그림을 장면 파일로 저장합니다. 나중에 열거나 학생들에게 나눠 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="61"/>
        <source>&amp;Recent scenes</source>
        <translation>최근 장면(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="63"/>
        <source>&amp;Book examples</source>
        <translation>책의 예제(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="107"/>
        <source>(no scenes opened yet)</source>
        <translation>(아직 연 장면이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="130"/>
        <source>The scene could not be saved</source>
        <translation>장면을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="134"/>
        <source>Scene saved to {0}</source>
        <translation>장면을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="149"/>
        <source>This scene cannot be opened; Gradient Lab is as it was.</source>
        <translation>이 장면을 열 수 없습니다. Gradient Lab은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="154"/>
        <source>Scene: {0}</source>
        <translation>장면: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="156"/>
        <source>ignored unknown key(s): {0}</source>
        <translation>알 수 없는 키를 무시했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="168"/>
        <source>Locked by the scene: the teacher keeps this setting fixed for this exercise</source>
        <translation>장면이 잠근 설정입니다: 이 연습에서는 선생님이 이 값을 고정해 두었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="176"/>
        <source>kept as they were: {0}</source>
        <translation>그대로 둔 설정: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="178"/>
        <source>no such control: {0}</source>
        <translation>없는 컨트롤: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="189"/>
        <source>scene model: {0}</source>
        <translation>장면의 모델: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="193"/>
        <source>the scene&apos;s model cannot be read ({0}); the bundled model is used instead</source>
        <translation>장면의 모델을 읽을 수 없습니다({0}). 대신 내장 모델을 씁니다</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="205"/>
        <source>The scene&apos;s model file is missing; the bundled model is used instead.</source>
        <translation>장면의 모델 파일이 없습니다. 대신 내장 모델을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="207"/>
        <source>The scene&apos;s model file has changed since the scene was saved (SHA-256 differs); the bundled model is used instead.</source>
        <translation>장면을 저장한 뒤 모델 파일이 바뀌었습니다(SHA-256이 다릅니다). 대신 내장 모델을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="214"/>
        <source>The scene file cannot be opened.</source>
        <translation>장면 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="215"/>
        <source>That is not a regular file, so it cannot be a scene.</source>
        <translation>일반 파일이 아니므로 장면일 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="216"/>
        <source>The file is larger than a scene may be (1 MB).</source>
        <translation>장면으로 쓸 수 있는 크기(1 MB)보다 큰 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="217"/>
        <source>The file is not UTF-8 text, so it is not a scene.</source>
        <translation>UTF-8 텍스트가 아니므로 장면이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="218"/>
        <source>The file is damaged or not a scene: it is not valid JSON.</source>
        <translation>파일이 손상되었거나 장면이 아닙니다: 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="219"/>
        <source>The file is not a Gradient Lab scene.</source>
        <translation>Gradient Lab 장면 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="220"/>
        <source>The scene was written for another version of Gradient Lab.</source>
        <translation>다른 버전의 Gradient Lab용으로 만든 장면입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="221"/>
        <source>The scene holds a value Gradient Lab cannot use.</source>
        <translation>장면에 Gradient Lab이 쓸 수 없는 값이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="224"/>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="228"/>
        <source>Scene</source>
        <translation>장면</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="235"/>
        <source>Open scene</source>
        <translation>장면 열기</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="236"/>
        <source>Gradient Lab scenes (*.glab.json);;JSON files (*.json)</source>
        <translation>Gradient Lab 장면 (*.glab.json);;JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="242"/>
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <location filename="../../gui/scene_controller.py" line="243"/>
        <source>Gradient Lab scenes (*.glab.json)</source>
        <translation>Gradient Lab 장면 (*.glab.json)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="59"/>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="98"/>
        <source>Every keyboard shortcut of the app and where it works</source>
        <translation>앱의 모든 단축키와 쓸 수 있는 곳</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="99"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="99"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="99"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
</context>
<context>
    <name>SoftmaxView</name>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="59"/>
        <source>softmax(z / T), computed the stable way</source>
        <translation>softmax(z / T): 소프트맥스를 안정적인 방법으로 계산</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="56"/>
        <source>class k</source>
        <translation>클래스 k</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="56"/>
        <source>probability</source>
        <extracomment>|z| at most this: z / T then stays finite for every temperature, so the stable formula always works</extracomment>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="72"/>
        <source>probability p = softmax(z / T)</source>
        <translation>확률 p = softmax(z / T)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="73"/>
        <source>one-hot target t</source>
        <translation>원-핫 인코딩 정답 레이블 t</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="83"/>
        <source>The numbers behind the bars: the naive formula can overflow, the stable one cannot</source>
        <translation>막대 뒤의 숫자들: 단순한 공식은 오버플로될 수 있지만 안정적인 공식은 그렇지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="86"/>
        <source>z / T</source>
        <translation>z / T</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="87"/>
        <source>naive: exp(z/T)</source>
        <translation>단순: exp(z/T)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="88"/>
        <source>naive: p</source>
        <translation>단순: p</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="89"/>
        <source>stable: exp(z/T − max)</source>
        <translation>안정: exp(z/T − max)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="90"/>
        <source>stable: p</source>
        <translation>안정: p</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="91"/>
        <source>one-hot t</source>
        <translation>원-핫 t</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="109"/>
        <source>Logits z</source>
        <translation>로짓 z</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="142"/>
        <source>Book</source>
        <translation>책</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="142"/>
        <source>The book&apos;s example: 0.3, 2.9, 4.0</source>
        <translation>책의 예: 0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="143"/>
        <source>Ten</source>
        <translation>10개</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="143"/>
        <source>Ten logits, one per digit</source>
        <translation>로짓 10개, 숫자마다 하나씩</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="144"/>
        <source>Large logits</source>
        <translation>큰 로짓</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="144"/>
        <source>1000, 1001, 1002: exp overflows in the naive formula</source>
        <translation>1000, 1001, 1002: 단순한 공식에서는 exp가 오버플로됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="114"/>
        <source>Type 2 to 10 numbers separated by commas or spaces</source>
        <translation>숫자 2~10개를 쉼표나 공백으로 구분해 입력하세요</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="115"/>
        <source>e.g. 0.3, 2.9, 4.0</source>
        <translation>예: 0.3, 2.9, 4.0</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="165"/>
        <source>Logit z{0} (−10 to 10; type larger values in the box)</source>
        <translation>로짓 z{0} (−10~10, 더 큰 값은 입력란에 직접 입력)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="184"/>
        <source>Divide every logit by T: T &gt; 1 flattens the bars, T &lt; 1 sharpens them</source>
        <translation>모든 로짓을 T로 나눕니다: T &gt; 1이면 막대가 고르게, T &lt; 1이면 뾰족하게 됩니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="189"/>
        <source>Temperature T</source>
        <translation>온도 T</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="192"/>
        <source>The correct class: its one-hot target is 1, all others 0</source>
        <translation>정답 클래스: 원-핫 인코딩 정답 레이블에서 이 클래스만 1, 나머지는 0</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="196"/>
        <source>True class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="127"/>
        <source>Cross-entropy of the probabilities against the one-hot target</source>
        <translation>원-핫 인코딩 정답 레이블에 대한 확률의 교차 엔트로피 오차</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="131"/>
        <source>&lt;b&gt;softmax&lt;/b&gt;: p&lt;sub&gt;k&lt;/sub&gt; = exp(z&lt;sub&gt;k&lt;/sub&gt;) / Σ exp(z&lt;sub&gt;i&lt;/sub&gt;): the bars are positive and sum to 1. &lt;b&gt;Cross-entropy&lt;/b&gt; −log p&lt;sub&gt;true&lt;/sub&gt; is small when the true class gets a tall bar.&lt;br&gt;Press &lt;i&gt;Large logits&lt;/i&gt;: exp(1000) overflows to inf and inf / inf is NaN. Subtracting the largest logit first gives the same answer without overflow.</source>
        <translation>&lt;b&gt;소프트맥스&lt;/b&gt;: p&lt;sub&gt;k&lt;/sub&gt; = exp(z&lt;sub&gt;k&lt;/sub&gt;) / Σ exp(z&lt;sub&gt;i&lt;/sub&gt;): 막대는 모두 양수이고 합이 1입니다. &lt;b&gt;교차 엔트로피 오차&lt;/b&gt; −log p&lt;sub&gt;정답&lt;/sub&gt;은 정답 클래스의 막대가 높을수록 작습니다.&lt;br&gt;&lt;i&gt;큰 로짓&lt;/i&gt;을 눌러 보세요: exp(1000)은 inf로 오버플로되고 inf / inf는 NaN입니다. 가장 큰 로짓을 먼저 빼면 오버플로 없이 같은 답이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="219"/>
        <source>item {0} (“{1}”) is not a number</source>
        <translation>{0}번째 항목(“{1}”)은 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="221"/>
        <source>item {0} (“{1}”) is not a finite number</source>
        <translation>{0}번째 항목(“{1}”)은 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="223"/>
        <source>item {0} (“{1}”) is outside −{2:g} to {2:g}</source>
        <translation>{0}번째 항목(“{1}”)이 −{2:g}부터 {2:g}까지의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="225"/>
        <source>give at least {0} numbers (there are {1})</source>
        <translation>숫자를 {0}개 이상 적어 주세요 (지금 {1}개)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="227"/>
        <source>give at most {0} numbers (there are {1})</source>
        <translation>숫자는 {0}개까지입니다 (지금 {1}개)</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="242"/>
        <source>Not used: {0}</source>
        <translation>사용하지 않음: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/concepts/softmax_view.py" line="304"/>
        <source>Σ exp(z/T), naive: &lt;b&gt;{0}&lt;/b&gt;; Σ p, stable: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;Cross-entropy −log p&lt;sub&gt;{2}&lt;/sub&gt;: naive &lt;b&gt;{3}&lt;/b&gt;, stable &lt;b&gt;{4}&lt;/b&gt;</source>
        <translation>Σ exp(z/T), 단순: &lt;b&gt;{0}&lt;/b&gt;; Σ p, 안정: &lt;b&gt;{1}&lt;/b&gt;&lt;br&gt;교차 엔트로피 오차 −log p&lt;sub&gt;{2}&lt;/sub&gt;: 단순 &lt;b&gt;{3}&lt;/b&gt;, 안정 &lt;b&gt;{4}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>StepLossPlot</name>
    <message>
        <location filename="../../gui/descent/step_loss_plot.py" line="84"/>
        <source>step</source>
        <extracomment>losses above this are drawn at this value on a log axis, a diverged run is clipped this many times above the others&apos; largest loss the step axis always reaches at least this far (steps are whole numbers)</extracomment>
        <translation>걸음</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_loss_plot.py" line="85"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>StepReadout</name>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="54"/>
        <source>The current point, its loss and gradient, and what the next step will do</source>
        <translation>현재 위치, 그곳의 손실과 기울기, 그리고 다음 걸음이 할 일</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="65"/>
        <source>step {0}    {1} = {2}    {3} = {4}</source>
        <translation>걸음 수 {0}    {1} = {2}    {3} = {4}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="66"/>
        <source>loss = {0}</source>
        <translation>손실 = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="72"/>
        <source>gradient of all the data = {0}</source>
        <translation>전체 데이터의 기울기 = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="73"/>
        <source>gradient of this batch{0} = {1}</source>
        <translation>이 배치의 기울기{0} = {1}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="75"/>
        <source>gradient = {0}</source>
        <translation>기울기 = {0}</translation>
    </message>
    <message>
        <location filename="../../gui/descent/step_readout.py" line="79"/>
        <source>next step ({0}, lr {1}):</source>
        <translation>다음 걸음 ({0}, 학습률 {1}):</translation>
    </message>
    <message>
        <source>gradient = ({0}, {1})</source>
        <translation type="vanished">기울기 = ({0}, {1})</translation>
    </message>
    <message>
        <source>next step ({0}, lr {1}){2}:</source>
        <translation type="vanished">다음 걸음 ({0}, 학습률 {1}){2}:</translation>
    </message>
    <message>
        <source>  ({0} builds its step from this gradient {1} and its memory of earlier ones)</source>
        <translation type="vanished">  ({0}은(는) 이 기울기 {1}와(과) 이전 기울기의 기억으로 한 걸음을 만듭니다)</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <location filename="../../gui/training/training_controls.py" line="35"/>
        <source>give at least one hidden layer size, e.g. 128 or 512, 256</source>
        <translation>은닉층 크기를 하나 이상 적어 주세요. 예: 128 또는 512, 256</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="42"/>
        <source>“{0}” is not a whole number</source>
        <translation>“{0}”은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="45"/>
        <source>{0} is outside 1 to 4096</source>
        <translation>{0}은(는) 1부터 4096 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="49"/>
        <source>at most 8 hidden layers</source>
        <translation>은닉층은 8개까지 둘 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="79"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="82"/>
        <source>Which digits to train and test on</source>
        <translation>학습과 시험에 쓸 숫자 데이터</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="83"/>
        <source>Bundled sample (8,000 + 2,000)</source>
        <translation>내장 표본 (8,000 + 2,000)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="84"/>
        <source>Full MNIST (60,000 + 10,000)</source>
        <translation>전체 MNIST (60,000 + 10,000)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="87"/>
        <source>Open folder...</source>
        <translation>폴더 열기...</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="88"/>
        <source>Use a folder with the four IDX files (train-images-idx3-ubyte[.gz], ...), e.g. Fashion-MNIST</source>
        <translation>IDX 파일 네 개(train-images-idx3-ubyte[.gz], ...)가 있는 폴더를 씁니다. 예: Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="91"/>
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="92"/>
        <source>Download full MNIST (about 11 MB) into your data folder</source>
        <translation>전체 MNIST(약 11 MB)를 데이터 폴더에 내려받습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="94"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="95"/>
        <source>Stop the download; nothing half-written is kept</source>
        <translation>내려받기를 멈춥니다. 반쯤 쓴 파일은 남기지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="99"/>
        <source>Download progress</source>
        <translation>내려받기 진행</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="118"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="123"/>
        <location filename="../../gui/training/training_controls.py" line="297"/>
        <source>Sizes of the hidden layers, separated by commas, e.g. 512, 256</source>
        <translation>은닉층의 크기, 쉼표로 구분. 예: 512, 256</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="127"/>
        <source>Activation function of the hidden layers</source>
        <translation>은닉층의 활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="132"/>
        <source>Loss function on the softmax output</source>
        <translation>소프트맥스 출력에 쓰는 손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="137"/>
        <source>How the weights start: Normal (0.01) as in the book&apos;s first networks, Xavier for sigmoid/tanh, He for ReLU</source>
        <translation>가중치의 초깃값: 책의 첫 신경망처럼 정규분포(0.01), 시그모이드/tanh에는 Xavier, ReLU에는 He</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="143"/>
        <source>Weight decay λ: adds (λ/2)·Σ‖W‖² to the loss</source>
        <translation>가중치 감소 λ: 손실에 (λ/2)·Σ‖W‖²를 더합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="149"/>
        <source>Share of hidden units switched off at random in each training batch</source>
        <translation>훈련 배치마다 무작위로 끄는 은닉 뉴런의 비율</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="153"/>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="154"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="155"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="156"/>
        <source>Weight init</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="157"/>
        <source>L2 (λ)</source>
        <translation>L2 (λ)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="158"/>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="163"/>
        <source>Optimization</source>
        <translation>최적화</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="168"/>
        <source>The update rule applied to every weight after each batch</source>
        <translation>배치마다 모든 가중치에 적용하는 갱신 규칙</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="174"/>
        <source>Learning rate η (can be changed while training)</source>
        <translation>학습률 η (학습 중에도 바꿀 수 있음)</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, from 0.00001 to 100</source>
        <translation type="vanished">로그 눈금의 학습률, 0.00001부터 100까지</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="179"/>
        <source>How the learning rate changes over the updates (can be changed while training)</source>
        <translation>갱신을 거듭하며 학습률이 바뀌는 방식 (학습 중에도 바꿀 수 있음)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="186"/>
        <source>Digits per mini-batch: one update per batch</source>
        <translation>미니배치 하나의 숫자 개수: 배치마다 한 번 갱신</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="190"/>
        <source>Passes over the whole training set</source>
        <translation>훈련 데이터 전체를 훑는 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="194"/>
        <source>Random seed: the same seed and settings give the same run</source>
        <translation>난수 시드: 시드와 설정이 같으면 같은 결과가 나옵니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="196"/>
        <source>Random shifts (±2 px)</source>
        <translation>무작위 이동 (±2픽셀)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="198"/>
        <source>Shift each training digit by up to 2 pixels every epoch: more variety, better test accuracy</source>
        <translation>에폭마다 훈련 숫자를 최대 2픽셀씩 옮깁니다: 더 다양해지고 시험 정확도가 좋아집니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="200"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="201"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="202"/>
        <source>Schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="203"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="204"/>
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="205"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="211"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="212"/>
        <source>Save model...</source>
        <translation>모델 저장...</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="213"/>
        <source>Save the model in use (its weights and settings) to an .npz file</source>
        <translation>사용 중인 모델(가중치와 설정)을 .npz 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="216"/>
        <source>Load a model saved by Gradient Lab (.npz); it becomes the model in use</source>
        <translation>Gradient Lab이 저장한 모델(.npz)을 불러옵니다. 불러온 모델이 사용 중인 모델이 됩니다</translation>
    </message>
    <message>
        <source>Save the current weights and settings to an .npz file</source>
        <translation type="vanished">현재 가중치와 설정을 .npz 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="215"/>
        <source>Load model...</source>
        <translation>모델 불러오기...</translation>
    </message>
    <message>
        <source>Load a model saved by Gradient Lab (.npz)</source>
        <translation type="vanished">Gradient Lab이 저장한 모델(.npz)을 불러옵니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_controls.py" line="218"/>
        <source>No model yet.</source>
        <translation>아직 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingDataMixin</name>
    <message>
        <location filename="../../gui/training/training_data.py" line="38"/>
        <source>{0}: {1:,} training and {2:,} test images</source>
        <translation>{0}: 훈련 이미지 {1:,}개, 시험 이미지 {2:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="69"/>
        <source>Loading the data set…</source>
        <translation>데이터 세트를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="90"/>
        <source>Full MNIST is not on this computer yet: press Download MNIST.</source>
        <translation>전체 MNIST가 아직 이 컴퓨터에 없습니다. MNIST 내려받기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="97"/>
        <source>Folder with IDX files</source>
        <translation>IDX 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="107"/>
        <source>Downloading full MNIST...</source>
        <translation>전체 MNIST를 내려받는 중...</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="126"/>
        <source>Full MNIST downloaded: {0:,} training and {1:,} test images.</source>
        <translation>전체 MNIST를 내려받았습니다: 훈련 이미지 {0:,}개, 시험 이미지 {1:,}개.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="134"/>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_data.py" line="136"/>
        <source>Download failed: {0}</source>
        <translation>내려받기 실패: {0}</translation>
    </message>
</context>
<context>
    <name>TrainingDrawMixin</name>
    <message>
        <location filename="../../gui/training/training_draw.py" line="57"/>
        <source>Epoch {0}/{1} · iteration {2}/{3}</source>
        <translation>에폭 {0}/{1} · 반복 {2}/{3}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_draw.py" line="67"/>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_draw.py" line="69"/>
        <source>{0} left</source>
        <translation>남은 시간 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_draw.py" line="70"/>
        <source>{0:,.0f} samples/s · {1} · loss {2:.3f} · lr {3:.3g} (at iteration {4})</source>
        <translation>초당 {0:,.0f}개 · {1} · 손실 {2:.3f} · 학습률 {3:.3g} (반복 {4} 기준)</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s · {1} left · loss {2:.3f} · lr {3:.3g} (at iteration {4})</source>
        <translation type="vanished">초당 {0:,.0f}개 · 남은 시간 {1} · 손실 {2:.3f} · 학습률 {3:.3g} (반복 {4} 기준)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_draw.py" line="97"/>
        <source>True {0}, predicted {1}: {2} digits</source>
        <translation>정답 {0}, 예측 {1}: 숫자 {2}개</translation>
    </message>
</context>
<context>
    <name>TrainingModelMixin</name>
    <message>
        <location filename="../../gui/training/training_model.py" line="48"/>
        <source>, epoch {0}</source>
        <translation>, 에폭 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="49"/>
        <source>run {0} of Run history{1}</source>
        <translation>실행 기록의 실행 {0}{1}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="51"/>
        <source>file {0}</source>
        <translation>파일 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="53"/>
        <source>fresh random weights (untrained)</source>
        <translation>새 무작위 가중치(학습 전)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="54"/>
        <source>the bundled model, trained on the 8,000 sample digits</source>
        <translation>내장 모델, 표본 숫자 8,000개로 학습</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="59"/>
        <source>No model in use yet: press Start to train one.</source>
        <translation>아직 사용 중인 모델이 없습니다: 시작을 눌러 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="60"/>
        <source>, {0:.1f} % test</source>
        <translation>, 시험 {0:.1f} %</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="61"/>
        <source>In use: {0} {1}{2} (from {3})</source>
        <translation>사용 중: {0} {1}{2} (출처: {3})</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="96"/>
        <source>Run {0} is still training: use its model when it has ended.</source>
        <translation>실행 {0}은 아직 학습 중입니다: 끝난 뒤에 그 모델을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="100"/>
        <source>Run {0} kept no weights (no epoch ended), or its saved weights cannot be read.</source>
        <translation>실행 {0}에는 저장된 가중치가 없거나(끝난 에폭가 없음) 저장된 가중치를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="103"/>
        <source>Run {0}&apos;s best weights are now the model in use (Draw and Landscape use them too).</source>
        <translation>이제 실행 {0}의 가장 좋은 가중치가 사용 중인 모델입니다(손글씨와 손실 지형 탭도 이 모델을 씁니다).</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="129"/>
        <source>untrained: {0} {1}, fresh weights</source>
        <translation>학습 전: {0} {1}, 새 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="132"/>
        <source>Weights reset to fresh random values.</source>
        <translation>가중치를 새 무작위 값으로 초기화했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="136"/>
        <location filename="../../gui/training/training_model.py" line="141"/>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="137"/>
        <source>The model in use was trained here and is not saved in a file:
{0}

Replace it with fresh random weights? (Run history keeps each run&apos;s best weights while the run is listed.)</source>
        <translation>사용 중인 모델은 여기서 학습했고 파일로 저장하지 않았습니다:
{0}

새 무작위 가중치로 바꿀까요? (실행 기록은 목록에 있는 동안 각 실행의 가장 좋은 가중치를 보관합니다.)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="156"/>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="157"/>
        <source>Press Start to train, or Step to do one batch at a time.</source>
        <translation>시작을 누르면 학습하고, 한 단계를 누르면 배치 하나씩 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="174"/>
        <source>Could not save the model: {0}</source>
        <translation>모델을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="178"/>
        <source>Model saved to {0}</source>
        <translation>모델을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="193"/>
        <source>{0}: the network takes {1} inputs and gives {2} classes; it needs 784 and {3}.</source>
        <translation>{0}: 이 신경망은 입력 {1}개, 클래스 {2}개입니다. 입력 784개와 클래스 {3}개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="201"/>
        <source>loaded: {0}</source>
        <translation>불러옴: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="206"/>
        <source>Loaded {0}: {1} {2}, {3:.1f} % right on the {4:,} test images.</source>
        <translation>{0}을(를) 불러왔습니다: {1} {2}, 시험 이미지 {4:,}개 중 {3:.1f} % 정답.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="211"/>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="212"/>
        <location filename="../../gui/training/training_model.py" line="218"/>
        <source>Gradient Lab models (*.npz)</source>
        <translation>Gradient Lab 모델 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_model.py" line="217"/>
        <source>Load model</source>
        <translation>모델 불러오기</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Not started</source>
        <extracomment>env var: start training right after start-up and report shutdown timing on stderr (tests) view -&gt; minimum seconds between two redraws while training (registration order breaks ties)</extracomment>
        <translation type="vanished">시작 전</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="154"/>
        <source>Not running: press Start or Step</source>
        <extracomment>env var: start training right after start-up and report shutdown timing on stderr (tests) view -&gt; minimum seconds between two redraws while training (registration order breaks ties)</extracomment>
        <translation>실행 중 아님: 시작이나 한 걸음을 누르세요</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="155"/>
        <source>Progress of the whole run</source>
        <translation>실행 전체의 진행</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="156"/>
        <source>Press Start to train, or Step to do one batch at a time.</source>
        <translation>시작을 누르면 학습하고, 한 단계를 누르면 배치 하나씩 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="157"/>
        <source>Epoch, iteration, speed and time left</source>
        <translation>에폭, 반복, 속도, 남은 시간</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="168"/>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="169"/>
        <source>Run history</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="186"/>
        <source>Drag to give the settings or the views more room</source>
        <translation>끌어서 설정이나 그래프에 자리를 더 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="200"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="201"/>
        <source>Start a new run with fresh weights (F5)</source>
        <translation>새 가중치로 새 실행을 시작합니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="202"/>
        <location filename="../../gui/training/training_panel.py" line="553"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="203"/>
        <source>Pause the run between two batches; press again to resume (F6)</source>
        <translation>배치 사이에서 실행을 멈춥니다. 다시 누르면 이어서 합니다 (F6)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="204"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="205"/>
        <source>End the run; the weights trained so far are kept (Shift+F5)</source>
        <translation>실행을 끝냅니다. 지금까지 학습한 가중치는 남습니다 (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="206"/>
        <source>Step</source>
        <translation>한 걸음</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="207"/>
        <source>Train exactly one batch, then pause: walk through single updates (F10)</source>
        <translation>배치 하나만 학습하고 멈춥니다: 갱신을 하나씩 따라가 봅니다 (F10)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="208"/>
        <source>Reset weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="209"/>
        <source>Throw the trained weights away and start again from fresh random ones</source>
        <translation>학습한 가중치를 버리고 새 무작위 가중치에서 다시 시작합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="226"/>
        <source>PNG...</source>
        <translation>PNG...</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="227"/>
        <source>Save the live views as a PNG picture</source>
        <translation>실시간 그래프를 PNG 그림으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="289"/>
        <source>Wait for the data set to finish loading.</source>
        <translation>데이터 세트를 다 읽을 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="292"/>
        <source>This data set has no training digits (only the t10k files).</source>
        <translation>이 데이터 세트에는 훈련 숫자가 없습니다 (t10k 파일만 있음).</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="297"/>
        <source>Hidden layers: {0}</source>
        <translation>은닉층: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="412"/>
        <source>This run&apos;s best so far: epoch {0}, {1:.1f} % test (kept in Run history).</source>
        <translation>이번 실행에서 지금까지 가장 좋은 결과: 에폭 {0}, 시험 {1:.1f} % (실행 기록에 보관).</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="458"/>
        <location filename="../../gui/training/training_panel.py" line="459"/>
        <source>Stopped after 1 iteration.</source>
        <translation>반복 1번 뒤 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="460"/>
        <source>Stopped after {0} iterations.</source>
        <translation>{0}번 반복한 뒤 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="462"/>
        <location filename="../../gui/training/training_panel.py" line="463"/>
        <source>Finished: 1 iteration in {0:.1f} s.</source>
        <translation>완료: 반복 1번, {0:.1f}초.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="471"/>
        <source>Its best weights are now the model in use.</source>
        <translation>이제 이 실행의 가장 좋은 가중치가 사용 중인 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="473"/>
        <source>The model in use is unchanged.</source>
        <translation>사용 중인 모델은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="475"/>
        <source>This run&apos;s best weights (epoch {0}, {1:.1f} % test) are kept: Run history &gt; Use this model.</source>
        <translation>이 실행의 가장 좋은 가중치(에폭 {0}, 시험 {1:.1f} %)를 보관했습니다: 실행 기록 &gt; 이 모델 사용.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="491"/>
        <source>Run history could not be saved: {0}</source>
        <translation>실행 기록을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="516"/>
        <source>Training failed: {0}; the model in use is unchanged.</source>
        <translation>학습 실패: {0}. 사용 중인 모델은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>untrained: {0} {1}, fresh weights</source>
        <translation type="vanished">학습 전: {0} {1}, 새 가중치</translation>
    </message>
    <message>
        <source>Weights reset to fresh random values.</source>
        <translation type="vanished">가중치를 새 무작위 값으로 초기화했습니다.</translation>
    </message>
    <message>
        <source>trained here: {0} {1}, {2:.1f} % test</source>
        <translation type="vanished">여기서 학습함: {0} {1}, 시험 {2:.1f} %</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="419"/>
        <source>the loss jumped to {0:.4g} (it started at {1:.3g})</source>
        <translation>손실이 {0:.4g}(으)로 치솟았습니다 (처음에는 {1:.3g})</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="421"/>
        <source>the gradient became infinite</source>
        <translation>기울기가 무한대가 되었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="422"/>
        <source>the loss became NaN</source>
        <translation>손실이 NaN(숫자가 아님)이 되었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="423"/>
        <source>the loss became infinite</source>
        <translation>손실이 무한대가 되었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="427"/>
        <source>the weights of iteration {0}, the last with a sound loss, were kept</source>
        <translation>손실이 정상이었던 마지막 반복 {0}의 가중치를 남겼습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="428"/>
        <source>the initial weights were kept</source>
        <translation>처음 가중치를 남겼습니다</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="429"/>
        <source>diverged at iteration {0}: {1}; the learning rate {2:g} is too large ({3}).</source>
        <translation>반복 {0}에서 발산: {1}. 학습률 {2:g}이(가) 너무 큽니다 ({3}).</translation>
    </message>
    <message>
        <source>trained here: {0}, {1:.1f} % test</source>
        <translation type="vanished">여기서 학습함: {0}, 시험 {1:.1f} %</translation>
    </message>
    <message>
        <source>trained here: {0}, {1} iterations</source>
        <translation type="vanished">여기서 학습함: {0}, 반복 {1}회</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="456"/>
        <source>Training stopped: {0}</source>
        <translation>학습이 멈췄습니다: {0}</translation>
    </message>
    <message>
        <source>Stopped after {0} iterations; the weights trained so far are kept.</source>
        <translation type="vanished">반복 {0}회 뒤에 멈췄습니다. 지금까지 학습한 가중치는 남습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="464"/>
        <source>Finished: {0} iterations in {1:.1f} s.</source>
        <translation>완료: {1:.1f}초 동안 반복 {0}회.</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="466"/>
        <source>Test accuracy {0:.1f} %.</source>
        <translation>시험 정확도 {0:.1f} %.</translation>
    </message>
    <message>
        <source>Training failed: {0}</source>
        <translation type="vanished">학습 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="553"/>
        <source>Resume</source>
        <translation>이어서</translation>
    </message>
    <message>
        <source>Epoch {0}/{1} · iteration {2}/{3}</source>
        <translation type="vanished">에폭 {0}/{1} · 반복 {2}/{3}</translation>
    </message>
    <message>
        <source>{0:,.0f} samples/s · {1} left · loss {2:.3f} · lr {3:.3g} (at iteration {4})</source>
        <translation type="vanished">초당 {0:,.0f}개 · 남은 시간 {1} · 손실 {2:.3f} · 학습률 {3:.3g} (반복 {4} 기준)</translation>
    </message>
    <message>
        <source>Epoch {0}/{1}</source>
        <translation type="vanished">에폭 {0}/{1}</translation>
    </message>
    <message>
        <source>Iteration {0} of {1} · {2:,.0f} samples/s · {3} left · loss {4:.3f} · lr {5:.3g}</source>
        <translation type="vanished">반복 {0}/{1} · 초당 {2:,.0f}개 · 남은 시간 {3} · 손실 {4:.3f} · 학습률 {5:.3g}</translation>
    </message>
    <message>
        <source>Could not save the model: {0}</source>
        <translation type="vanished">모델을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>Model saved to {0}</source>
        <translation type="vanished">모델을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <source>{0}: the network takes {1} inputs and gives {2} classes; it needs 784 and {3}.</source>
        <translation type="vanished">{0}: 이 신경망은 입력 {1}개, 클래스 {2}개입니다. 입력 784개와 클래스 {3}개가 필요합니다.</translation>
    </message>
    <message>
        <source>loaded: {0}, {1} {2}, {3:.1f} % test</source>
        <translation type="vanished">불러옴: {0}, {1} {2}, 시험 {3:.1f} %</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation type="vanished">모델 저장</translation>
    </message>
    <message>
        <source>Gradient Lab models (*.npz)</source>
        <translation type="vanished">Gradient Lab 모델 (*.npz)</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation type="vanished">모델 불러오기</translation>
    </message>
    <message>
        <source>True {0}, predicted {1}: {2} digits</source>
        <translation type="vanished">정답 {0}, 예측 {1}: 숫자 {2}개</translation>
    </message>
    <message>
        <source>{0}: {1:,} training and {2:,} test images</source>
        <translation type="vanished">{0}: 훈련 이미지 {1:,}개, 시험 이미지 {2:,}개</translation>
    </message>
    <message>
        <source>Loading the data set…</source>
        <translation type="vanished">데이터 세트를 읽는 중…</translation>
    </message>
    <message>
        <source>Full MNIST is not on this computer yet: press Download MNIST.</source>
        <translation type="vanished">전체 MNIST가 아직 이 컴퓨터에 없습니다. MNIST 내려받기를 누르세요.</translation>
    </message>
    <message>
        <source>Folder with IDX files</source>
        <translation type="vanished">IDX 파일이 있는 폴더</translation>
    </message>
    <message>
        <source>Downloading full MNIST...</source>
        <translation type="vanished">전체 MNIST를 내려받는 중...</translation>
    </message>
    <message>
        <source>Full MNIST downloaded: {0:,} training and {1:,} test images.</source>
        <translation type="vanished">전체 MNIST를 내려받았습니다: 훈련 이미지 {0:,}개, 시험 이미지 {1:,}개.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation type="vanished">내려받기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Download failed: {0}</source>
        <translation type="vanished">내려받기 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="581"/>
        <source>Save the views as PNG</source>
        <translation>그래프를 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="582"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/training/training_panel.py" line="584"/>
        <source>Could not write {0}</source>
        <translation>{0}에 쓰지 못했습니다</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="12"/>
        <source>ViewBox options</source>
        <translation>보기 옵션</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="13"/>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="14"/>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="15"/>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="16"/>
        <source>3 button</source>
        <translation>버튼 3개</translation>
    </message>
    <message>
        <location filename="../../gui/pyqtgraph_strings.py" line="17"/>
        <source>1 button</source>
        <translation>버튼 1개</translation>
    </message>
</context>
<context>
    <name>WeightImages</name>
    <message>
        <location filename="../../gui/training/weight_images.py" line="96"/>
        <location filename="../../gui/training/weight_images.py" line="124"/>
        <source>First-layer weights</source>
        <translation>첫 번째 층의 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/training/weight_images.py" line="98"/>
        <source>Shown once a network exists.</source>
        <translation>신경망이 생기면 보입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/weight_images.py" line="100"/>
        <source>Each square is one hidden unit&apos;s 784 incoming weights laid out as the 28x28 image:
red pixels push the unit up, blue pixels push it down.</source>
        <translation>칸 하나는 은닉 뉴런 하나로 들어오는 가중치 784개를 28x28 이미지로 펼친 것입니다:
빨간 픽셀은 뉴런을 올리고, 파란 픽셀은 내립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/training/weight_images.py" line="102"/>
        <source>red: +, blue: −, each unit scaled to its own range</source>
        <translation>빨강: +, 파랑: −, 뉴런마다 자기 범위로 맞춤</translation>
    </message>
    <message>
        <location filename="../../gui/training/weight_images.py" line="119"/>
        <source>First-layer weights ({0} of {1} units)</source>
        <translation>첫 번째 층의 가중치 (뉴런 {1}개 중 {0}개)</translation>
    </message>
</context>
<context>
    <name>WeightPixelPicker</name>
    <message>
        <location filename="../../gui/landscape/weight_pixel_picker.py" line="122"/>
        <source>The weights from each pixel to this hidden unit (red: positive, blue: negative). Click a pixel to choose its weight: the first click sets A, the next B, and so on.</source>
        <translation>각 픽셀에서 이 은닉 뉴런으로 가는 가중치 (빨강: 양수, 파랑: 음수). 픽셀을 클릭해 그 가중치를 고르세요: 첫 클릭은 A, 다음은 B, 그다음은 다시 A입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/weight_pixel_picker.py" line="127"/>
        <source>Which hidden unit&apos;s weights the picture shows</source>
        <translation>그림에 가중치가 보이는 은닉 뉴런</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/weight_pixel_picker.py" line="136"/>
        <source>Hidden unit</source>
        <translation>은닉 뉴런</translation>
    </message>
    <message>
        <location filename="../../gui/landscape/weight_pixel_picker.py" line="203"/>
        <source>{0}{1}: pixel {2} → unit {3}{4}</source>
        <translation>{0}{1}: 픽셀 {2} → 뉴런 {3}{4}</translation>
    </message>
</context>
<context>
    <name>_GridCanvas</name>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="158"/>
        <source>True: {0}</source>
        <translation>정답: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/training/prediction_grid.py" line="160"/>
        <source>True: {0}
Predicted: {1} ({2:.1f} %)</source>
        <translation>정답: {0}
예측: {1} ({2:.1f} %)</translation>
    </message>
</context>
<context>
    <name>_MatrixCanvas</name>
    <message>
        <location filename="../../gui/training/confusion_view.py" line="129"/>
        <source>True {0}, predicted {1}: {2} digits ({3:.1f} % of the {0}s).
Click to see them.</source>
        <translation>정답 {0}, 예측 {1}: 숫자 {2}개 ({0} 중 {3:.1f} %).
클릭하면 보입니다.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../gui/core_strings.py" line="49"/>
        <source>1/t decay</source>
        <translation>1/t 감소</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="50"/>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="51"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="52"/>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피 오차</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="53"/>
        <source>Book: x²/20 + y²</source>
        <translation>책의 예: x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="54"/>
        <source>Bowl (x−2)² + 4(y−3)²</source>
        <translation>그릇 (x−2)² + 4(y−3)²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="55"/>
        <source>Constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="56"/>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="57"/>
        <source>Course: two points, line fit</source>
        <translation>강의 예: 점 두 개, 직선 맞추기</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="58"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="59"/>
        <source>Exponential</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="60"/>
        <source>He</source>
        <translation>He 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="61"/>
        <source>Himmelblau (four minima)</source>
        <translation>Himmelblau (최솟점 네 개)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="62"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="63"/>
        <source>Identity</source>
        <translation>항등 함수</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="64"/>
        <source>L = mean((y - t)²)</source>
        <translation>L = mean((y - t)²)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="65"/>
        <source>L = mean(|y - t|)</source>
        <translation>L = mean(|y - t|)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="66"/>
        <source>L = mean(½r² if |r| ≤ δ else δ(|r| − ½δ))</source>
        <translation>L = mean(½r² (|r| ≤ δ), δ(|r| − ½δ) (그 밖))</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="67"/>
        <source>L = −mean(t log y + (1 − t) log(1 − y))</source>
        <translation>L = −mean(t log y + (1 − t) log(1 − y))</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="68"/>
        <source>L = −Σ t log softmax(z)</source>
        <translation>L = −Σ t log softmax(z)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="69"/>
        <source>L = −Σ t log y</source>
        <translation>L = −Σ t log y</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="70"/>
        <source>L(u, v): W1[i, j] = u, W1[k, l] = v, all other weights frozen</source>
        <translation>L(u, v): W1[i, j] = u, W1[k, l] = v, 나머지 가중치는 고정</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="71"/>
        <source>L(w, b) = mean_i l(act(w·xᵢ + b), tᵢ)</source>
        <translation>L(w, b) = mean_i l(act(w·xᵢ + b), tᵢ)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="72"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="73"/>
        <source>MNIST sample</source>
        <translation>MNIST 표본</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="74"/>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="75"/>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="76"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="77"/>
        <source>Morph: bowl → non-convex</source>
        <translation>변형: 그릇 → 비볼록</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="78"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="79"/>
        <source>Normal (0.01)</source>
        <translation>정규분포 (0.01)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="80"/>
        <source>One neuron: loss over (w, b)</source>
        <translation>뉴런 하나: (w, b)에 대한 손실</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="81"/>
        <source>Plateau with a narrow valley</source>
        <translation>좁은 골짜기가 있는 고원</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="82"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="83"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="84"/>
        <source>Rosenbrock valley</source>
        <translation>Rosenbrock 골짜기</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="85"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="86"/>
        <source>Saddle x² − y²</source>
        <translation>안장점 x² − y²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="87"/>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="88"/>
        <source>Softmax + cross-entropy</source>
        <translation>소프트맥스 + 교차 엔트로피 오차</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="89"/>
        <source>Step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="90"/>
        <source>Step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="91"/>
        <source>Two classes (0/1), overlapping</source>
        <translation>두 클래스 (0/1), 겹침</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="92"/>
        <source>Two weights of the first layer</source>
        <translation>첫 번째 층의 가중치 두 개</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="93"/>
        <source>W ← W − η m̂ / (√v̂ + ε)</source>
        <translation>W ← W − η m̂ / (√v̂ + ε)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="94"/>
        <source>W ← W − η ∂L/∂W</source>
        <translation>W ← W − η ∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="95"/>
        <source>Xavier</source>
        <translation>Xavier 초깃값</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="96"/>
        <source>f = (1 − x)² + 100(y − x²)²</source>
        <translation>f = (1 − x)² + 100(y − x²)²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="97"/>
        <source>f = (x − 2)² + 4(y − 3)²</source>
        <translation>f = (x − 2)² + 4(y − 3)²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="98"/>
        <source>f = (x² + y − 11)² + (x + y² − 7)²</source>
        <translation>f = (x² + y − 11)² + (x + y² − 7)²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="99"/>
        <source>f = 1 − exp(−(x²/16 + 4y²))</source>
        <translation>f = 1 − exp(−(x²/16 + 4y²))</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="100"/>
        <source>f = g(x) + g(y),  g(u) = u²/2 + 2t(1 − cos 2u)</source>
        <translation>f = g(x) + g(y),  g(u) = u²/2 + 2t(1 − cos 2u)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="101"/>
        <source>f = x² − y²</source>
        <translation>f = x² − y²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="102"/>
        <source>f = x²/20 + y²</source>
        <translation>f = x²/20 + y²</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="103"/>
        <source>h ← h + g⊙g;  W ← W − η g / √h</source>
        <translation>h ← h + g⊙g;  W ← W − η g / √h</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="104"/>
        <source>h ← ρh + (1−ρ)g⊙g;  W ← W − η g / √h</source>
        <translation>h ← ρh + (1−ρ)g⊙g;  W ← W − η g / √h</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="105"/>
        <source>h(x) = 1 / (1 + exp(-x))</source>
        <translation>h(x) = 1 / (1 + exp(-x))</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="106"/>
        <source>h(x) = 1 if x &gt; 0 else 0</source>
        <translation>h(x) = 1 (x &gt; 0), 0 (그 밖)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="107"/>
        <source>h(x) = max(0, x)</source>
        <translation>h(x) = max(0, x)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="108"/>
        <source>h(x) = tanh(x)</source>
        <translation>h(x) = tanh(x)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="109"/>
        <source>h(x) = x</source>
        <translation>h(x) = x</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="110"/>
        <source>h(x) = x if x &gt; 0 else 0.01 x</source>
        <translation>h(x) = x (x &gt; 0), 0.01 x (그 밖)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="111"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="112"/>
        <source>v ← αv − η∂L/∂W;  W ← W + v</source>
        <translation>v ← αv − η∂L/∂W;  W ← W + v</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="113"/>
        <source>v ← αv − η∂L/∂W;  W ← W + αv − η∂L/∂W</source>
        <translation>v ← αv − η∂L/∂W;  W ← W + αv − η∂L/∂W</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="114"/>
        <source>ηₜ = η</source>
        <translation>ηₜ = η</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="115"/>
        <source>ηₜ = η / (1 + k·t)</source>
        <translation>ηₜ = η / (1 + k·t)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="116"/>
        <source>ηₜ = η · γ^⌊t / s⌋</source>
        <translation>ηₜ = η · γ^⌊t / s⌋</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="117"/>
        <source>ηₜ = η · γᵗ</source>
        <translation>ηₜ = η · γᵗ</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="118"/>
        <source>ηₜ = η_min + ½(η − η_min)(1 + cos(πt/T))</source>
        <translation>ηₜ = η_min + ½(η − η_min)(1 + cos(πt/T))</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="119"/>
        <source>σ = 0.01</source>
        <translation>σ = 0.01</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="120"/>
        <source>σ = √(1 / n)</source>
        <translation>σ = √(1 / n)</translation>
    </message>
    <message>
        <location filename="../../gui/core_strings.py" line="121"/>
        <source>σ = √(2 / n)</source>
        <translation>σ = √(2 / n)</translation>
    </message>
</context>
</TS>
