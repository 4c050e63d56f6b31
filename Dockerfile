# PolicyLens in a container: the product jar on a Java 17 runtime, run as a non-root user, with Tesseract's
# Chinese model for scanned PDFs. Build:  docker build -t policylens .
# Serve (beyond loopback a token is required):
#   docker run -p 8080:8080 -e POLICYLENS_SERVE_TOKEN=change-me-long-secret -v policylens-data:/data policylens
# Index a folder into the same volume:
#   docker run --rm -v policylens-data:/data -v "$PWD/corpus:/corpus:ro" policylens index /corpus

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /data --create-home --shell /usr/sbin/nologin policylens
# the jar carries HanLP's portable dictionaries and the project's vocabulary (.tsv) and unit gazetteer
COPY --from=build /src/target/policylens.jar /opt/policylens/policylens.jar
USER policylens
WORKDIR /data
VOLUME ["/data"]
# every option is also a POLICYLENS_* variable (README "Settings"); these make the container's defaults
ENV POLICYLENS_INDEX=/data/index \
    POLICYLENS_SERVE_HOST=0.0.0.0 \
    POLICYLENS_SERVE_PORT=8080 \
    OMP_THREAD_LIMIT=1
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/policylens/policylens.jar"]
CMD ["serve"]
