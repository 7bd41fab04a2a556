# One image recipe for every service: docker build --build-arg SERVICE=enrich-service .
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl ${SERVICE} -am package \
 && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 wireline
# Owned by the service's user in the image, so a named volume mounted here starts out writable by it.
RUN mkdir -p /var/lib/wireline/corpus /var/lib/wireline/ingest \
 && chown wireline /var/lib/wireline/corpus /var/lib/wireline/ingest
USER wireline
COPY --from=build /app.jar /app/app.jar
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
